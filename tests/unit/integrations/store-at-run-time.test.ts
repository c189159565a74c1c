import { describe, expect, test } from 'vitest';
import { storeChunkCode } from '../../../src/integrations/store-at-run-time.ts';

const storeDir = 'file:///archive/node_modules/.astro/data-store/';

describe('storeChunkCode', () => {
  test.each([
    ['a chunk of the content store', '\0astro:data-layer-content-chunk:4af5cdcb258f09b4.txt.mjs', "import { readFileSync } from 'node:fs';\nexport default readFileSync(\"/archive/node_modules/.astro/data-store/4af5cdcb258f09b4.txt\", 'utf8');\n"],
    ['the store manifest module', '\0astro:data-layer-content', null],
    ['an unresolved chunk id', 'astro:data-layer-content-chunk:4af5cdcb258f09b4.txt', null],
    ['a chunk name that is not a store file', '\0astro:data-layer-content-chunk:../../etc/passwd.txt.mjs', null],
    ['a page module', '/archive/src/pages/index.astro', null],
  ])('%s', (_, id, expected) => {
    expect(storeChunkCode(id, storeDir)).toBe(expected);
  });
});
