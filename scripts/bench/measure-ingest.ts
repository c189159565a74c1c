import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileWidth, median, type World } from '../../src/lib/bench';
import { npmRun } from './npm-run';
import { tail } from './run-measured';
import { clean, writeSeeds } from './workspace';

/** One ingest scenario, as the median over runs. */
export interface IngestFigure {
  /** Wall time of `npm run ingest`, seconds (npm and tsx start-up included). */
  readonly seconds: number;
  /** Seeds in the folder divided by `seconds`. */
  readonly articlesPerSecond: number;
  /** Files the ingest says it normalized (null when its output does not say). */
  readonly normalized: number | null;
  readonly runs: readonly number[];
}

export interface IngestFigures {
  readonly cold: IngestFigure;
  readonly warm: IngestFigure;
  readonly addOne: IngestFigure;
}

/**
 * How many files the ingest normalized, from its summary line. Understands, among others,
 * "normalized 12", "12 normalized", "12 files normalized", `"normalized": 12` (JSON).
 */
export function parseNormalized(output: string): number | null {
  const patterns = [
    /"normali[sz]ed"\s*:\s*(\d+)/i,
    /normali[sz]ed\s*[:=]?\s*(\d[\d,]*)/i,
    /(\d[\d,]*)\s+(?:seeds?\s+|files?\s+|articles?\s+)?(?:were\s+)?(?:re-?)?normali[sz]ed/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(output);
    if (match?.[1] !== undefined) return Number(match[1].replace(/,/g, ''));
  }
  return null;
}

function figure(runs: readonly { seconds: number; normalized: number | null }[], articles: number): IngestFigure {
  const seconds = median(runs.map((run) => run.seconds));
  const normalized = runs.map((run) => run.normalized).filter((n): n is number => n !== null);
  return {
    seconds,
    articlesPerSecond: articles / seconds,
    normalized: normalized.length === 0 ? null : median(normalized),
    runs: runs.map((run) => run.seconds),
  };
}

async function ingestOnce(project: string, timeoutMs: number): Promise<{ seconds: number; normalized: number | null }> {
  const run = await npmRun(project, 'ingest', [], timeoutMs);
  if (run.code !== 0 || run.timedOut) {
    throw new Error(`bench: \`npm run ingest\` failed in ${project} (${run.timedOut ? 'timed out' : `exit ${run.code}`}):\n${tail(run)}`);
  }
  return { seconds: run.seconds, normalized: parseNormalized(`${run.stdout}\n${run.stderr}`) };
}

/**
 * Ingest cold (no cache, no collection), warm (nothing changed) and after adding one seed,
 * `runs` times each. The project's `seeds/` must hold seeds 0 … articles-1 of `world`;
 * it is left that way.
 */
export async function measureIngest(world: World, project: string, articles: number, runs: number, timeoutMs: number): Promise<IngestFigures> {
  if (!existsSync(join(project, 'scripts', 'ingest.ts'))) {
    throw new Error('bench: scripts/ingest.ts does not exist in this checkout; ingest figures need `npm run ingest`.');
  }
  const seeds = join(project, 'seeds');
  const extra = (): string | undefined => readdirSync(seeds).find((file) => file.startsWith(String(articles).padStart(fileWidth(articles), '0')));
  const cold: { seconds: number; normalized: number | null }[] = [];
  const warm: { seconds: number; normalized: number | null }[] = [];
  const addOne: { seconds: number; normalized: number | null }[] = [];
  for (let run = 0; run < runs; run += 1) {
    clean(project);
    cold.push(await ingestOnce(project, timeoutMs));
    warm.push(await ingestOnce(project, timeoutMs));
    writeSeeds(world, seeds, articles + 1, articles, fileWidth(articles));
    addOne.push(await ingestOnce(project, timeoutMs));
    const added = extra();
    if (added !== undefined) rmSync(join(seeds, added));
  }
  return { cold: figure(cold, articles), warm: figure(warm, articles), addOne: figure(addOne, articles + 1) };
}
