import { describe, expect, test } from 'vitest';
import { projectRoot, runNodeScript } from '../helpers/run-script.ts';

/**
 * Worker threads load the TypeScript modules as `npm run ingest` loads them, which the test runner's
 * own threads cannot, so the pool is driven from a child process started the same way. The calling thread never helps
 * here (`helpOnce` is not called), so every chunk goes through a worker and back.
 */
const script = `
import { createPreparePool } from './src/lib/ingest/prepare-pool.ts';
import { prepareSeed } from './src/lib/ingest/prepare-seed.ts';
import { plainArticle } from './tests/helpers/seed-files.ts';
const inputs = Array.from({ length: 70 }, (_, i) => ({
  file: 'seed-' + String(i).padStart(3, '0') + '.txt',
  bytes: Buffer.from(i === 7 ? '' : plainArticle('Harbour report number ' + i, 'site ' + i)),
}));
const pool = createPreparePool(3, prepareSeed);
const [entries, again] = await Promise.all([pool.prepareMany(inputs, true), pool.prepareMany(inputs.slice(0, 5), false)]);
await pool.close();
const same = (got, withFile, list) => JSON.stringify(got) === JSON.stringify(list.map((input) => prepareSeed(input, withFile)));
console.log(JSON.stringify({ count: entries.length, same: same(entries, true, inputs), again: same(again, false, inputs.slice(0, 5)) }));
`;

describe('createPreparePool', () => {
  test('prepares on its worker threads exactly what prepareSeed gives, in input order', async () => {
    const run = await runNodeScript(['--input-type=module', '-e', script], projectRoot);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ count: 70, same: true, again: true });
  }, 60_000);
});
