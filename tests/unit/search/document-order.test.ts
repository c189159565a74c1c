import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { keptOrder } from '../../../src/lib/search/document-order.ts';

describe('keptOrder', () => {
  test.each([
    ['no last order: slug order', [], ['c', 'a', 'b'], ['a', 'b', 'c']],
    ['nothing changed', ['c', 'a', 'b'], ['a', 'b', 'c'], ['c', 'a', 'b']],
    ['an article added goes last', ['c', 'a'], ['a', 'b', 'c'], ['c', 'a', 'b']],
    ['articles added, in slug order', ['c'], ['e', 'c', 'd'], ['c', 'd', 'e']],
    ['an article renamed takes the old number', ['a', 'b', 'c'], ['a', 'x', 'c'], ['a', 'x', 'c']],
    ['an article removed: the last takes its number', ['a', 'b', 'c', 'd'], ['a', 'c', 'd'], ['a', 'd', 'c']],
    ['the last article removed', ['a', 'b', 'c'], ['a', 'b'], ['a', 'b']],
    ['two removed, one added', ['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'e', 'f'], ['a', 'f', 'c', 'e']],
    ['every article removed', ['a', 'b'], [], []],
    ['a slug listed twice keeps its first number', ['a', 'b', 'a', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c']],
  ])('%s', (_, previous, slugs, expected) => {
    expect(keptOrder(previous, slugs)).toEqual(expected);
  });

  test('numbers every article once, moves at most one article per number left free, and depends on nothing else', () => {
    const slug = fc.stringMatching(/^[a-f]{1,3}$/);
    fc.assert(
      fc.property(fc.array(slug, { maxLength: 30 }), fc.uniqueArray(slug, { maxLength: 30 }), (previous, slugs) => {
        const order = keptOrder(previous, slugs);
        expect([...order].sort()).toEqual([...slugs].sort());
        expect(keptOrder(previous, [...slugs].reverse())).toEqual(order);
        const last = [...new Set(previous)].filter((s) => slugs.includes(s));
        const moved = last.filter((s) => order.indexOf(s) !== previous.indexOf(s));
        // Each number left free (an article removed, or a slug listed twice) moves one article at most.
        expect(moved.length).toBeLessThanOrEqual(previous.length - last.length);
      }),
    );
  });
});
