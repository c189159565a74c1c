import { afterEach, describe, expect, test } from 'vitest';
import { articlesCollection } from '../../../src/lib/article/articles-collection.ts';
import { warmWhileWaiting, type PreparedRenderer } from '../../../src/lib/build-run/render-changed.ts';
import { warmLinkKey } from '../../../src/lib/site/warm-links.ts';

const hook = Symbol.for(warmLinkKey);
const globals = globalThis as Record<symbol, unknown>;

/** A prepared renderer whose store holds `count` articles (only what the warm-up reads of it). */
function prepared(count: number, collection: string = articlesCollection.name): PreparedRenderer {
  const entries = new Map(Array.from({ length: count }, (_, i) => [`a${i}`, { id: `a${i}`, data: { id: `a${i}` } }]));
  return { store: { collections: new Map([[collection, entries]]) } } as unknown as PreparedRenderer;
}

/** Offer a warm-up that records the articles it is given. */
function recording(): unknown[] {
  const seen: unknown[] = [];
  globals[hook] = (article: unknown) => seen.push(article);
  return seen;
}

afterEach(() => {
  delete globals[hook];
});

describe('warmWhileWaiting', () => {
  test('warms every stored article while it is not told', async () => {
    const seen = recording();
    await warmWhileWaiting(prepared(2500), new Promise(() => undefined));
    expect(seen.map((a) => (a as { id: string }).id)).toEqual(Array.from({ length: 2500 }, (_, i) => `a${i}`));
  });

  test.each([
    ['told', () => Promise.resolve('stamps')],
    ['failed', () => Promise.reject(new Error('bad stamps'))],
  ])('stops at the first pause once %s', async (_, settled) => {
    const until = settled();
    until.catch(() => undefined);
    const seen = recording();
    await warmWhileWaiting(prepared(2500), until);
    expect(seen).toEqual([]);
  });

  test.each([
    ['no bundle offers a warm-up', false, articlesCollection.name],
    ['the store has no articles collection', true, 'other'],
  ])('does nothing when %s', async (_, offered, collection) => {
    const seen = offered ? recording() : [];
    await expect(warmWhileWaiting(prepared(10, collection), new Promise(() => undefined))).resolves.toBeUndefined();
    expect(seen).toEqual([]);
  });
});
