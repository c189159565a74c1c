/**
 * A throwaway copy of the project in the system's temp folder, with its own seeds, built
 * the way a person builds it (`npm run build`). Browser tests serve its `dist/`, and the
 * rebuild test adds a seed to a copy and builds again. The working tree is never touched.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject } from '../../../scripts/copy-project.ts';

/** The project's root folder (this file is `tests/e2e/support/temp-project.ts`). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A copy of the project. */
export interface TempProject {
  /** The copy's root folder. */
  readonly dir: string;
  /** Its `seeds/` folder. */
  readonly seeds: string;
  /** Where its build writes the site. */
  readonly dist: string;
}

/** What goes into a copy's `seeds/`. */
export interface TempProjectOptions {
  /** Folders whose seed files (`*.txt`, `*.html`, `*.htm`, `*.md`) are copied into `seeds/`, in order (a later file of the same name wins). */
  readonly seedDirs?: readonly string[];
  /** Extra seed files, by file name. */
  readonly seedFiles?: Readonly<Record<string, string | Uint8Array>>;
  /** Prefix of the temp folder's name. */
  readonly name?: string;
}

const defaults: Required<TempProjectOptions> = Object.freeze({
  seedDirs: Object.freeze([join(projectRoot, 'seeds')]),
  seedFiles: Object.freeze({}),
  name: 'news-archive',
});

/** Copy the project into a new temp folder, with the seeds the options give. */
export async function createTempProject(options: TempProjectOptions = {}): Promise<TempProject> {
  const settings = { ...defaults, ...options };
  const dir = await mkdtemp(join(tmpdir(), `${settings.name}-`));
  copyProject(projectRoot, dir);
  const project: TempProject = { dir, seeds: join(dir, 'seeds'), dist: join(dir, 'dist') };
  await mkdir(project.seeds);
  for (const seedDir of settings.seedDirs) await addSeedDir(project, seedDir);
  for (const [file, content] of Object.entries(settings.seedFiles)) await addSeed(project, file, content);
  return project;
}

/** Copy another project's folder as it is (a second copy to change and rebuild), without its build output. */
export async function copyTempProject(source: TempProject, name = 'news-archive-copy'): Promise<TempProject> {
  return createTempProject({ seedDirs: [source.seeds], name });
}

/** The names the ingest reads as seeds (see src/lib/ingest/list-seeds.ts). */
const seedName = /^[^.].*\.(?:txt|html?|md)$/iu;

/** Copy every seed file (`*.txt`, `*.html`, `*.htm`, `*.md`) of `seedDir` into the project's seeds. */
export async function addSeedDir(project: TempProject, seedDir: string): Promise<void> {
  for (const file of (await readdir(seedDir)).sort()) {
    if (seedName.test(file)) await cp(join(seedDir, file), join(project.seeds, file));
  }
}

/** Write one seed file into the project. */
export async function addSeed(project: TempProject, file: string, content: string | Uint8Array): Promise<void> {
  await writeFile(join(project.seeds, basename(file)), content);
}

/** The result of a build: its output, for a failure message or a log. */
export interface BuildResult {
  readonly output: string;
  readonly seconds: number;
}

/**
 * Run `npm run build` in the project. Rejects with the build's own output when it fails,
 * so the error says which seed or page broke.
 */
export async function buildProject(project: TempProject, env: Readonly<Record<string, string>> = {}): Promise<BuildResult> {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', 'build'], {
    cwd: project.dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', done);
  });
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(`npm run build failed (exit ${code}) in the test copy ${project.dir}:\n${output}`);
  }
  return { output, seconds };
}

/** Delete the copy (unless KEEP_TEMP_PROJECTS is set, to look at it after a failure). */
export async function removeTempProject(project: TempProject): Promise<void> {
  if (process.env['KEEP_TEMP_PROJECTS']) {
    console.log(`kept test copy of the project: ${project.dir}`);
    return;
  }
  await rm(project.dir, { recursive: true, force: true });
}
