import { describe, expect, test } from 'vitest';
import { readSearchState, writeSearchState } from '../../../src/lib/search/url-state';

describe('readSearchState', () => {
  test.each([
    { query: '', expected: { q: '', year: null, source: null, exact: false } },
    { query: '?q=pompeo', expected: { q: 'pompeo', year: null, source: null, exact: false } },
    { query: '?q=+turkish+soldiers+&year=2020&source=AFP', expected: { q: 'turkish soldiers', year: 2020, source: 'AFP', exact: false } },
    { query: '?q=x&year=20x0', expected: { q: 'x', year: null, source: null, exact: false } },
    { query: '?q=x&source=BBC%20News', expected: { q: 'x', year: null, source: 'BBC News', exact: false } },
    { query: '?q=%3Cscript%3E', expected: { q: '<script>', year: null, source: null, exact: false } },
    { query: '?q=x&year=undated', expected: { q: 'x', year: 'undated', source: null, exact: false } },
    { query: '?q=x&year=dated', expected: { q: 'x', year: 'dated', source: null, exact: false } },
    { query: '?q=x&year=Undated', expected: { q: 'x', year: null, source: null, exact: false } },
    { query: '?q=pompao&exact=1', expected: { q: 'pompao', year: null, source: null, exact: true } },
    { query: '?q=pompao&exact=yes', expected: { q: 'pompao', year: null, source: null, exact: false } },
  ])('$query', ({ query, expected }) => {
    expect(readSearchState(query)).toEqual(expected);
  });
});

describe('writeSearchState', () => {
  test.each([
    { state: { q: '', year: null, source: null, exact: false }, expected: '' },
    { state: { q: 'pompeo', year: null, source: null, exact: false }, expected: '?q=pompeo' },
    { state: { q: 'turkish soldiers', year: 2020, source: 'BBC News', exact: false }, expected: '?q=turkish+soldiers&year=2020&source=BBC+News' },
    { state: { q: 'pompao', year: 'undated' as const, source: null, exact: true }, expected: '?q=pompao&year=undated&exact=1' },
  ])('$expected', ({ state, expected }) => {
    expect(writeSearchState(state)).toBe(expected);
    expect(readSearchState(expected)).toEqual(state);
  });
});
