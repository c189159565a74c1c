import { describe, expect, test } from 'vitest';
import { keepSiblings } from '../../../src/lib/normalize/keep-siblings.ts';
import type { Decision } from '../../../src/lib/normalize/role-state.ts';

/** A page's decisions written short: t title, b body, o removed as 'other', r removed as related links. */
const decisions = (code: string): Decision[] =>
  [...code].map((c) => (c === 't' ? { role: 'title' } : c === 'b' ? { role: 'body' } : { role: 'removed', reason: c === 'o' ? 'other' : 'related links' }));
const code = (ds: readonly Decision[]): string =>
  ds.map((d) => (d.role === 'title' ? 't' : d.role === 'body' ? 'b' : d.reason === 'other' ? 'o' : 'r')).join('');

describe('keepSiblings: lines beside the body’s paragraphs in the markup are text', () => {
  test.each<{ name: string; before: string; parents: (number | undefined)[]; after: string }>([
    { name: 'a short line among the paragraphs, after the headline', before: 'tobob', parents: [1, 2, 2, 2, 2], after: 'tbbbb' },
    { name: 'a line in another element stays out', before: 'tobob', parents: [1, 3, 2, 2, 2], after: 'tobbb' },
    { name: 'a line removed for a reason of its own (related links) stays out', before: 'trbb', parents: [1, 2, 2, 2], after: 'trbb' },
    { name: 'the element holding most paragraphs counts, not one holding a stray one', before: 'tbobb', parents: [1, 3, 3, 2, 2], after: 'tbobb' },
    { name: 'nothing before the headline', before: 'otbb', parents: [2, 1, 2, 2], after: 'otbb' },
    { name: 'a text seed, whose markup says nothing', before: 'tobob', parents: [], after: 'tobob' },
  ])('$name', ({ before, parents, after }) => {
    const ds = decisions(before);
    keepSiblings(ds, parents, before.indexOf('t'));
    expect(code(ds)).toBe(after);
  });
});
