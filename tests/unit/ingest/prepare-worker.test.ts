import { describe, expect, test } from 'vitest';
import { prepareSeed } from '../../../src/lib/ingest/prepare-seed.ts';
import { leanEntry } from '../../../src/lib/ingest/prepare-worker.ts';

const seed = (text: string) => ({ file: 'a.txt', bytes: Buffer.from(text) });
const article = 'A headline over its text\n\nThe first paragraph of the story is long enough to read as prose, and it says so.\n\nAdvertisement\n\nThe second paragraph goes on with the story, and ends it here.\n';

describe('leanEntry', () => {
  test('an article with its file keeps its address, title, body, warnings and file, without lines, blocks and removed lines', () => {
    const full = prepareSeed(seed(article), true);
    const lean = leanEntry(full);
    expect(lean.collectionFile).toBe(full.collectionFile);
    if (!lean.result.ok || !full.result.ok) throw new Error('the article seed should be an article');
    expect(lean.result.lines).toEqual([]);
    expect(lean.result.article.blocks).toEqual([]);
    expect(lean.result.article.removed).toEqual([]);
    const { blocks: _b, removed: _r, ...kept } = full.result.article;
    expect(lean.result.article).toMatchObject(kept);
  });

  test.each([
    { name: 'an article without its file', entry: () => prepareSeed(seed(article), false) },
    { name: 'a refused seed', entry: () => prepareSeed(seed('\n\n'), true) },
  ])('$name is sent as it is', ({ entry }) => {
    const full = entry();
    expect(leanEntry(full)).toBe(full);
  });
});
