// Ctrl-C (or `kill`, or a closed terminal) during `npm run ingest`: the run ends with the shell's
// status for the signal, every collection file is whole, and no temporary file is left behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/run-script.ts';
import { plainArticle, writeSeeds } from '../helpers/seed-files.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** Many seeds, so that the collection is still being written when the signal comes. */
function manySeeds(root: string): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 600; i += 1) files[`s${String(i).padStart(4, '0')}.txt`] = plainArticle(`Council report number ${i} published`, `district${i}`);
  return writeSeeds(join(root, 'seeds'), files);
}

/** Start an ingest; send `signal` as soon as its first collection file appears; resolve with its exit status. */
function interruptedIngest(seeds: string, collection: string, signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(
    process.execPath,
    [join('scripts', 'ingest.ts'), '--seeds', seeds, '--collection', collection, '--no-cache', '--workers', '0'],
    { cwd: projectRoot, stdio: 'ignore' },
  );
  const poll = setInterval(() => {
    let names: string[] = [];
    try {
      names = readdirSync(collection);
    } catch {
      return;
    }
    if (names.length > 0) {
      clearInterval(poll);
      child.kill(signal);
    }
  }, 2);
  return new Promise((done) => {
    child.on('exit', (code) => {
      clearInterval(poll);
      done(code);
    });
  });
}

describe('ingest interrupted by a signal', () => {
  test.each([
    { signal: 'SIGINT' as const, code: 130 },
    { signal: 'SIGTERM' as const, code: 143 },
    { signal: 'SIGHUP' as const, code: 129 },
  ])('$signal leaves whole collection files and no temporary file, exit status $code', async ({ signal, code }) => {
    const root = tempDir('archive-signal-');
    const seeds = manySeeds(root);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      // A fresh collection each time: the signal goes when its first file appears.
      const collection = join(root, `articles-${attempt}`);
      expect(await interruptedIngest(seeds, collection, signal)).toBe(code);
      const names = readdirSync(collection);
      expect(names.filter((name) => name.includes('.tmp-'))).toEqual([]);
      for (const name of names) expect(() => JSON.parse(readFileSync(join(collection, name), 'utf8')) as unknown, name).not.toThrow();
    }
  }, 120_000);
});
