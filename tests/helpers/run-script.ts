import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const projectRoot = resolve(import.meta.dirname, '../..');

export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run Node as the `npm run` scripts start it (Node strips the types, and the sources import each
 * other with their `.ts` extensions) with `args`, with the Node running the tests, in `cwd`.
 * Resolves with its output when it exits; never rejects on a failing status.
 */
export function runNodeScript(args: readonly string[], cwd: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<ScriptRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * Run `scripts/<name>.ts` with the Node running the tests, as `npm run <name>` would,
 * in `cwd` (the project by default). Resolves when it exits; never rejects on a failing status.
 */
export function runScript(
  name: 'ingest' | 'build',
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: Readonly<Record<string, string>> } = {},
): Promise<ScriptRun> {
  return runNodeScript([join('scripts', `${name}.ts`), ...args], options.cwd ?? projectRoot, {
    ...process.env,
    DEBUG: '',
    ARCHIVE_SKIP_INVALID: '',
    ...options.env,
  });
}

/**
 * A fingerprint of a folder: every entry's relative path, mode, size, modification time and
 * content hash, sorted. Equal fingerprints mean nothing in it changed.
 */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = join(sub, entry.name);
      const path = join(dir, rel);
      if (entry.isDirectory()) walk(rel);
      else if (entry.isSymbolicLink()) out[rel] = 'symlink';
      else {
        const stat = statSync(path);
        let hash = 'unreadable';
        try {
          hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        } catch {
          // An unreadable seed is part of some tests: its mode and size still count.
        }
        out[rel] = `${stat.mode} ${stat.size} ${stat.mtimeMs} ${hash}`;
      }
    }
  };
  walk('');
  return out;
}

/** The contents of every file in a folder, by name (not recursive). */
/** The content hash of every file under `dir`, by relative path: equal results mean the same files, byte for byte. */
export function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, rel);
    if (statSync(path).isFile()) out[rel] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

export function readFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = readFileSync(join(dir, name), 'utf8');
  return out;
}

/** The counts of the summary line `ingest: … (N normalized, M from cache, …)`. */
export function summaryCounts(stderr: string): { written: number; unchanged: number; removed: number; normalized: number; cached: number } {
  const match = /(\d+) written, (\d+) unchanged, (\d+) removed;.*\((\d+) normalized, (\d+) from cache/.exec(stderr);
  if (!match) throw new Error(`no summary line in:\n${stderr}`);
  const [, written, unchanged, removed, normalized, cached] = match.map(Number) as [number, number, number, number, number, number];
  return { written, unchanged, removed, normalized, cached };
}

/** The fields of a collection file (`src/content/articles/<slug>.json`), as Astro reads them. */
export function collectionFields(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}
