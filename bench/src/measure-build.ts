import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './archive/index.ts';
import { npmRun } from './npm-run.ts';
import { tail } from './run-measured.ts';
import { clean } from './workspace.ts';

export interface BuildFigures {
  /** Wall time of the full `npm run build` (ingest included), median over runs. */
  readonly seconds: number;
  /** HTML pages in `dist/` divided by `seconds`. */
  readonly pagesPerSecond: number;
  readonly pages: number;
  /** Peak summed RSS of the `npm run build` process tree, median over runs. */
  readonly peakRssBytes: number;
  readonly runs: readonly number[];
}

/** Every file under `dir`, at any depth (what a directory entry is not). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every `.html` file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir).filter((path) => path.endsWith('.html'));
}

/** One build: its wall time, peak memory and the pages it wrote. */
export interface BuildRun {
  readonly seconds: number;
  readonly peakRssBytes: number;
  readonly pages: number;
}

/** One full build from a clean tree (no dist, no caches, no collection). Leaves `dist/` in place. */
export async function buildOnce(project: string, timeoutMs: number, echo: boolean): Promise<BuildRun> {
  if (!existsSync(join(project, 'scripts', 'build.ts'))) {
    throw new Error('bench: scripts/build.ts does not exist in this checkout; build figures need `npm run build`.');
  }
  clean(project);
  const result = await npmRun(project, 'build', [], timeoutMs, echo);
  if (result.code !== 0 || result.timedOut) {
    throw new Error(`bench: \`npm run build\` failed in ${project} (${result.timedOut ? 'timed out' : `exit ${result.code}`}):\n${tail(result)}`);
  }
  return { seconds: result.seconds, peakRssBytes: result.peakRssBytes, pages: htmlFiles(join(project, 'dist')).length };
}

/** The medians of several builds (the page count of the last). */
export function buildFigures(runs: readonly BuildRun[]): BuildFigures {
  const s = median(runs.map((run) => run.seconds));
  const pages = runs.at(-1)?.pages ?? 0;
  return { seconds: s, pagesPerSecond: pages / s, pages, peakRssBytes: median(runs.map((run) => run.peakRssBytes)), runs: runs.map((run) => run.seconds) };
}

/** Total size in bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  return filesUnder(dir).reduce((total, path) => total + statSync(path).size, 0);
}
