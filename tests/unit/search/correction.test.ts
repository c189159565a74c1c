import { describe, expect, test } from 'vitest';
import { correctedQuery } from '../../../src/lib/search/correction.ts';

describe('correctedQuery', () => {
  test.each([
    { name: 'one typo', query: 'pompao', typos: ['pompao'], hits: [['pompeo']], expected: 'pompeo' },
    { name: 'the case as typed', query: 'Pompao sanctions', typos: ['pompao'], hits: [['pompeo', 'sanctions']], expected: 'Pompeo sanctions' },
    { name: 'all capitals', query: 'POMPAO', typos: ['pompao'], hits: [['pompeo']], expected: 'POMPEO' },
    { name: 'the best-ranked hit’s word', query: 'bight', typos: ['bight'], hits: [['night'], ['light']], expected: 'night' },
    { name: 'a later hit when the first has none', query: 'bight war', typos: ['bight'], hits: [['war'], ['right', 'war']], expected: 'right war' },
    { name: 'two typos', query: 'ceasfire pompao', typos: ['ceasfire', 'pompao'], hits: [['ceasefire', 'pompeo']], expected: 'ceasefire pompeo' },
    { name: 'no typo', query: 'pompeo', typos: [], hits: [['pompeo']], expected: null },
    { name: 'no hit', query: 'xyzzy', typos: ['xyzzy'], hits: [], expected: null },
    { name: 'spaces trimmed', query: '  pompao ', typos: ['pompao'], hits: [['pompeo']], expected: 'pompeo' },
  ])('$name: “$query” → $expected', ({ query, typos, hits, expected }) => {
    expect(correctedQuery(query, typos, hits.map((terms) => ({ terms })))).toBe(expected);
  });
});
