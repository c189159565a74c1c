import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BodyBlock, SourceLine } from '../../../src/lib/article/schema.ts';
import { articleParts } from '../../../src/lib/site/article-parts.ts';

const body = (text: string): SourceLine => ({ text, role: 'body' });
const blocksOf = (lines: readonly SourceLine[]): BodyBlock[] => lines.filter((l) => l.role === 'body').map((l) => ({ kind: 'paragraph', text: l.text }));
const bytes = (s: string): number => new TextEncoder().encode(s).length;

describe('articleParts', () => {
  test('an article within the budget is one part, as it is', () => {
    const lines: SourceLine[] = [{ text: 'Title', role: 'title' }, body('One.'), { text: 'Advertisement', role: 'removed', reason: 'advertisement' }, body('Two.')];
    expect(articleParts(lines, blocksOf(lines), 100)).toEqual([{ blocks: blocksOf(lines), lines }]);
  });

  test('parts break between lines, and lines go with the body lines they stand among', () => {
    const lines: SourceLine[] = [{ text: 'Title', role: 'title' }, body('a'.repeat(40)), { text: 'Advertisement', role: 'removed', reason: 'advertisement' }, body('b'.repeat(40))];
    const parts = articleParts(lines, blocksOf(lines), 110);
    expect(parts.map((p) => p.lines.map((l) => l.text.slice(0, 5)))).toEqual([['Title', 'aaaaa', 'Adver'], ['bbbbb']]);
  });

  test('a paragraph longer than the budget is cut between words', () => {
    const lines = [body(Array.from({ length: 50 }, (_, i) => `word${i}`).join(' '))];
    const parts = articleParts(lines, blocksOf(lines), 60);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.blocks.map((b) => b.text)).join(' ')).toBe(lines[0]?.text);
  });

  test('a long run of removed lines is spread over parts too', () => {
    const lines: SourceLine[] = [body('Kept.'), ...Array.from({ length: 40 }, (_, i): SourceLine => ({ text: `Menu item ${i}`, role: 'removed', reason: 'navigation' }))];
    const parts = articleParts(lines, blocksOf(lines), 100);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.lines)).toEqual(lines);
  });

  test('no part holds more than the budget of text, counting body lines twice, and nothing is lost (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 40, max: 500 }), (texts, budget) => {
        const lines = texts.map(body);
        const parts = articleParts(lines, blocksOf(lines), budget);
        const kept = parts.flatMap((p) => p.blocks.map((b) => b.text)).join('');
        const size = (p: (typeof parts)[number]): number => p.blocks.reduce((n, b) => n + bytes(b.text), 0) + p.lines.reduce((n, l) => n + bytes(l.text), 0);
        return parts.every((p) => size(p) <= budget) && kept.replace(/\s/gu, '') === texts.join('').replace(/\s/gu, '');
      }),
      { numRuns: 100 },
    );
  });
});
