import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot, runNodeScript } from '../helpers/run-script.ts';

const from = (path: string): string => JSON.stringify(pathToFileURL(join(projectRoot, path)).href);

/**
 * Worker threads load the TypeScript modules as `npm run ingest` loads them, which the test runner's
 * own threads cannot, so the pool is driven from a child process. The calling thread never helps
 * here (`helpOnce` is not called). The workers are asked for lean entries (`leanEntry`), which the
 * calling thread never makes: lean entries back show that every chunk went through a worker.
 */
const script = `
import { createPreparePool } from ${from('src/lib/ingest/prepare-pool.ts')};
import { prepareSeed } from ${from('src/lib/ingest/prepare-seed.ts')};
import { leanEntry } from ${from('src/lib/ingest/prepare-worker.ts')};
import { plainArticle } from ${from('tests/helpers/seed-files.ts')};
const inputs = Array.from({ length: 70 }, (_, i) => ({
  file: 'seed-' + String(i).padStart(3, '0') + '.txt',
  bytes: Buffer.from(i === 7 ? '' : plainArticle('Harbour report number ' + i, 'site ' + i)),
}));
const pool = createPreparePool(3, prepareSeed);
const [entries, again] = await Promise.all([pool.prepareMany(inputs, true, true), pool.prepareMany(inputs.slice(0, 5), false)]);
await pool.close();
const json = (list) => JSON.stringify(list);
const full = (list, withFile) => list.map((input) => prepareSeed(input, withFile));
console.log(JSON.stringify({
  count: entries.length,
  byWorkers: json(entries) === json(full(inputs, true).map(leanEntry)),
  same: json(entries.map(leanEntry)) === json(full(inputs, true).map(leanEntry)),
  again: json(again) === json(full(inputs.slice(0, 5), false)),
}));
`;

const dir = mkdtempSync(join(tmpdir(), 'prepare-pool-'));
const file = join(dir, 'drive-pool.mjs');
writeFileSync(file, script);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createPreparePool', () => {
  test('prepares on its worker threads exactly what prepareSeed gives, in input order', async () => {
    const run = await runNodeScript([file], projectRoot);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ count: 70, byWorkers: true, same: true, again: true });
  }, 60_000);

  // Workers take the process's Node options; with `--input-type`, which applies to `-e` only, a
  // worker cannot load its file and fails as it starts. tinypool's pool, stopped then, used to
  // end the process with "emitter.removeListener is not a function", now and then.
  test('prepares everything on the calling thread, and ends cleanly, when its workers fail to start', async () => {
    for (let run = 0; run < 3; run++) {
      const failing = await runNodeScript(['--input-type=module', '-e', script], projectRoot);
      expect(failing.stderr).toBe('');
      expect(JSON.parse(failing.stdout)).toEqual({ count: 70, byWorkers: false, same: true, again: true });
    }
  }, 120_000);
});
