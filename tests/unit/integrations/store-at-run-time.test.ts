import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { handedStoreKey, storeModuleCode } from '../../../src/integrations/store-at-run-time.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** What the store module's code exports, run as a module. */
async function run(code: string): Promise<unknown> {
  const file = join(tempDir(), 'store.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('storeModuleCode', () => {
  test.each([
    ['a chunk of the content store', '\0astro:data-layer-content-chunk:4af5cdcb258f09b4.txt.mjs'],
    ['the unresolved store id', 'astro:data-layer-content'],
    ['a page module', '/archive/src/pages/index.astro'],
  ])('leaves %s alone', (_, id) => {
    expect(storeModuleCode(id, 'file:///archive/node_modules/.astro/data-store/')).toBeNull();
  });

  test('reads the parts the manifest lists, in order, when it runs: the store as its folder holds it then', async () => {
    const dir = tempDir();
    const code = storeModuleCode('\0astro:data-layer-content', pathToFileURL(`${dir}/`).href);
    expect(code).not.toBeNull();
    expect(await run(code!)).toEqual(new Map());
    writeFileSync(join(dir, 'b.txt'), 'second');
    writeFileSync(join(dir, 'a.txt'), 'first');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: ['a.txt', 'b.txt'] }));
    expect(await run(code!)).toEqual({ articles: ['first', 'second'] });
    writeFileSync(join(dir, 'c.txt'), 'written since');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: ['c.txt'] }));
    expect(await run(code!)).toEqual({ articles: ['written since'] });
  });

  test('takes the store handed to it in memory, reading no file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'manifest.json'), '{ damaged');
    const store = new Map([['articles', new Map([['a', { id: 'a' }]])]]);
    const key = Symbol.for(handedStoreKey);
    (globalThis as Record<symbol, unknown>)[key] = store;
    try {
      expect(await run(storeModuleCode('\0astro:data-layer-content', pathToFileURL(`${dir}/`).href)!)).toBe(store);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });
});
