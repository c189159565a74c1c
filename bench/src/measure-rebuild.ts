import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileWidth, median, type World } from './archive/index.ts';
import { flushWrites } from './flush-writes.ts';
import { npmRun } from './npm-run.ts';
import { tail } from './run-measured.ts';
import { writeSeeds } from './workspace.ts';

/** One rebuild after a change to the seeds: wall time, peak memory, and the pages rendered and kept. */
export interface RebuildFigure {
  /** Median wall time of `npm run build` (ingest included) over the runs. */
  readonly seconds: number;
  readonly peakRssBytes: number;
  /** Pages Astro rendered, and pages kept from the last output, as the build reported them (last run). */
  readonly rendered: number | null;
  readonly kept: number | null;
  readonly runs: readonly number[];
}

/** The rebuilds measured: after adding one seed, changing one and deleting one. */
export interface RebuildFigures {
  readonly add: RebuildFigure;
  readonly change: RebuildFigure;
  readonly delete: RebuildFigure;
}

/** "build: 1 article written: 41 pages rendered, 9990 kept." → [41, 9990]. */
export function parseRendered(output: string): [number, number] | null {
  const found = /build: \d+ articles? [^:\n]*: (\d+) pages? rendered, (\d+) kept\./.exec(output);
  return found ? [Number(found[1]), Number(found[2])] : null;
}

interface RebuildRun {
  readonly seconds: number;
  readonly peakRssBytes: number;
  readonly counts: [number, number] | null;
}

async function rebuildOnce(project: string, timeoutMs: number): Promise<RebuildRun> {
  // Each rebuild follows a build that wrote thousands of files (the full build, the last rebuild):
  // their writing back is not this rebuild's time, as it would not be a day later.
  flushWrites();
  const result = await npmRun(project, 'build', [], timeoutMs);
  if (result.code !== 0 || result.timedOut) {
    throw new Error(`bench: a rebuild (\`npm run build\`) failed in ${project} (${result.timedOut ? 'timed out' : `exit ${result.code}`}):\n${tail(result)}`);
  }
  return { seconds: result.seconds, peakRssBytes: result.peakRssBytes, counts: parseRendered(`${result.stdout}${result.stderr}`) };
}

function figure(runs: readonly RebuildRun[]): RebuildFigure {
  const last = runs.at(-1)?.counts ?? null;
  return {
    seconds: median(runs.map((run) => run.seconds)),
    peakRssBytes: median(runs.map((run) => run.peakRssBytes)),
    rendered: last?.[0] ?? null,
    kept: last?.[1] ?? null,
    runs: runs.map((run) => run.seconds),
  };
}

/**
 * After a full build of seeds 0 … articles-1 (its dist/ and build record in place), `runs` times:
 * add the next seed of `world` and rebuild, change that seed (a sentence added) and rebuild,
 * delete it and rebuild. Leaves the seeds as it found them.
 */
export async function measureRebuilds(world: World, project: string, articles: number, runs: number, timeoutMs: number): Promise<RebuildFigures> {
  const seeds = join(project, 'seeds');
  const width = fileWidth(articles);
  const add: RebuildRun[] = [];
  const change: RebuildRun[] = [];
  const remove: RebuildRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    writeSeeds(world, seeds, articles + 1, articles, width);
    const added = readdirSync(seeds).find((file) => file.startsWith(String(articles).padStart(width, '0')));
    if (added === undefined) throw new Error(`bench: the added seed ${articles} was not written into ${seeds}.`);
    add.push(await rebuildOnce(project, timeoutMs));
    appendFileSync(join(seeds, added), '\nA correction was added to this article on request.\n');
    change.push(await rebuildOnce(project, timeoutMs));
    rmSync(join(seeds, added));
    remove.push(await rebuildOnce(project, timeoutMs));
  }
  return { add: figure(add), change: figure(change), delete: figure(remove) };
}
