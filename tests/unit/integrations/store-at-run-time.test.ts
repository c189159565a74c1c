import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { handStore, handedStoreKey, storeModuleCode } from '../../../src/integrations/store-at-run-time.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** What the store module's code exports, run as a module. */
async function run(code: string): Promise<unknown> {
  const file = join(tempDir(), 'store.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** Each collection's parts as Astro's reader takes them: a part is a string, or a module-like object whose `default` is the text. */
function partTexts(store: unknown): Record<string, string[]> {
  const parts = store as Record<string, readonly (string | { readonly default: string })[]>;
  return Object.fromEntries(Object.entries(parts).map(([collection, list]) => [collection, list.map((part) => (typeof part === 'string' ? part : part.default))]));
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
    expect(partTexts(await run(code!))).toEqual({ articles: ['first', 'second'] });
    writeFileSync(join(dir, 'c.txt'), 'written since');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: ['c.txt'] }));
    expect(partTexts(await run(code!))).toEqual({ articles: ['written since'] });
  });

  test("holds no part's text: each is read when the reader takes it, so the text is freed once parsed", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'as loaded');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: ['a.txt'] }));
    const store = await run(storeModuleCode('\0astro:data-layer-content', pathToFileURL(`${dir}/`).href)!);
    const [part] = (store as Record<string, unknown[]>)['articles'] ?? [];
    expect(typeof part).toBe('object');
    expect(Object.getOwnPropertyDescriptor(part, 'default')?.get).toBeTypeOf('function');
    writeFileSync(join(dir, 'a.txt'), 'as taken');
    expect(partTexts(store)).toEqual({ articles: ['as taken'] });
  });

  test('takes the store handed to it in memory, reading no file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'manifest.json'), '{ damaged');
    const store = new Map([['articles', new Map([['a', { id: 'a' }]])]]);
    const key = Symbol.for(handedStoreKey);
    handStore(store);
    try {
      expect(await run(storeModuleCode('\0astro:data-layer-content', pathToFileURL(`${dir}/`).href)!)).toBe(store);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });
});
