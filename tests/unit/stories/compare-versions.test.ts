import { describe, expect, test } from 'vitest';
import { compareVersions } from '../../../src/lib/stories/compare-versions.ts';

const a = 'The ministry said on Tuesday that the bridge would reopen in May after repairs.';
const b = 'Traffic will be diverted through the town centre until then, the council said.';
const c = 'Residents have complained about the noise of the works for months.';
const a2 = 'The ministry said on Wednesday that the bridge would reopen in June after repairs.';

describe('compareVersions', () => {
  test.each([
    { name: 'the same text', from: [a, b], to: [a, b], kinds: ['same', 'same'] },
    { name: 'a paragraph added at the end', from: [a], to: [a, b], kinds: ['same', 'added'] },
    { name: 'a paragraph removed', from: [a, b, c], to: [a, c], kinds: ['same', 'removed', 'same'] },
    { name: 'a paragraph edited', from: [a, b], to: [a2, b], kinds: ['changed', 'same'] },
    { name: 'a paragraph replaced by an unrelated one', from: [a, b], to: [a, c], kinds: ['same', 'removed', 'added'] },
    { name: 'paragraphs moved', from: [a, b, c], to: [c, a, b], kinds: ['added', 'same', 'same', 'removed'] },
    { name: 'nothing before', from: [], to: [a], kinds: ['added'] },
  ])('$name', ({ from, to, kinds }) => {
    const result = compareVersions(from, to);
    expect(result.paragraphs.map((p) => p.kind)).toEqual(kinds);
    expect(Object.values(result.counts).reduce((x, y) => x + y, 0)).toBe(kinds.length);
  });

  test('an edited paragraph says which words changed', () => {
    const [first] = compareVersions([a], [a2]).paragraphs;
    expect(first?.kind).toBe('changed');
    const words = first?.kind === 'changed' ? first.words : [];
    expect(words.filter((w) => w.kind === 'removed').map((w) => w.text.trim())).toEqual(['Tuesday', 'May']);
    expect(words.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual(['Wednesday', 'June']);
  });
});
