import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileWidth, median, type World } from './archive/index.ts';
import { flushWrites } from './flush-writes.ts';
import { npmRun } from './npm-run.ts';
import { tail } from './run-measured.ts';
import { clean, writeSeeds } from './workspace.ts';

/** One ingest scenario, as the median over runs. */
export interface IngestFigure {
  /** Wall time of `npm run ingest`, seconds (npm and Node start-up included). */
  readonly seconds: number;
  /** Seeds in the folder divided by `seconds`. */
  readonly articlesPerSecond: number;
  /** Files the ingest says it normalized (null when its output does not say). */
  readonly normalized: number | null;
  /** The ingest's own timing of its work, seconds, when it prints one (no process start-up). */
  readonly reportedSeconds: number | null;
  /** Seeds the ingest reported as errors. */
  readonly errors: number | null;
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

/** The ingest's own timing ("… 1234 ms)" at the end of its summary line), in seconds. */
export function parseReportedSeconds(output: string): number | null {
  const match = /normali[sz]ed[^\n]*?(\d[\d,]*(?:\.\d+)?)\s*ms\b/i.exec(output);
  return match?.[1] === undefined ? null : Number(match[1].replace(/,/g, '')) / 1000;
}

/** Seeds reported as errors ("3 errors"). */
export function parseErrors(output: string): number | null {
  const match = /\b(\d[\d,]*)\s+errors?\b/i.exec(output);
  return match?.[1] === undefined ? null : Number(match[1].replace(/,/g, ''));
}

interface IngestRun {
  readonly seconds: number;
  readonly normalized: number | null;
  readonly reportedSeconds: number | null;
  readonly errors: number | null;
}

function medianOrNull(values: readonly (number | null)[]): number | null {
  const present = values.filter((n): n is number => n !== null);
  return present.length === 0 ? null : median(present);
}

function figure(runs: readonly IngestRun[], articles: number): IngestFigure {
  const seconds = median(runs.map((run) => run.seconds));
  return {
    seconds,
    articlesPerSecond: articles / seconds,
    normalized: medianOrNull(runs.map((run) => run.normalized)),
    reportedSeconds: medianOrNull(runs.map((run) => run.reportedSeconds)),
    errors: medianOrNull(runs.map((run) => run.errors)),
    runs: runs.map((run) => run.seconds),
  };
}

/**
 * One `npm run ingest`. A non-zero exit is accepted when the ingest printed its summary (some seeds were errors).
 * The disk's pending writes (the seeds just generated, the collection just removed) are flushed
 * first, so that the kernel writing them back is not timed as the ingest.
 */
async function ingestOnce(project: string, timeoutMs: number): Promise<IngestRun> {
  flushWrites();
  const run = await npmRun(project, 'ingest', [], timeoutMs);
  const output = `${run.stdout}\n${run.stderr}`;
  const normalized = parseNormalized(output);
  if (run.timedOut || (run.code !== 0 && normalized === null)) {
    throw new Error(`bench: \`npm run ingest\` failed in ${project} (${run.timedOut ? 'timed out' : `exit ${run.code}`}):\n${tail(run)}`);
  }
  return { seconds: run.seconds, normalized, reportedSeconds: parseReportedSeconds(output), errors: parseErrors(output) };
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
  const cold: IngestRun[] = [];
  const warm: IngestRun[] = [];
  const addOne: IngestRun[] = [];
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
