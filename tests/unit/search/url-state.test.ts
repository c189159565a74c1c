import { describe, expect, test } from 'vitest';
import { readSearchState, writeSearchState } from '../../../src/lib/search/url-state';

describe('readSearchState', () => {
  test.each([
    { query: '', expected: { q: '', year: null, source: null } },
    { query: '?q=pompeo', expected: { q: 'pompeo', year: null, source: null } },
    { query: '?q=+turkish+soldiers+&year=2020&source=AFP', expected: { q: 'turkish soldiers', year: 2020, source: 'AFP' } },
    { query: '?q=x&year=20x0', expected: { q: 'x', year: null, source: null } },
    { query: '?q=x&source=BBC%20News', expected: { q: 'x', year: null, source: 'BBC News' } },
    { query: '?q=%3Cscript%3E', expected: { q: '<script>', year: null, source: null } },
  ])('$query', ({ query, expected }) => {
    expect(readSearchState(query)).toEqual(expected);
  });
});

describe('writeSearchState', () => {
  test.each([
    { state: { q: '', year: null, source: null }, expected: '' },
    { state: { q: 'pompeo', year: null, source: null }, expected: '?q=pompeo' },
    { state: { q: 'turkish soldiers', year: 2020, source: 'BBC News' }, expected: '?q=turkish+soldiers&year=2020&source=BBC+News' },
  ])('$expected', ({ state, expected }) => {
    expect(writeSearchState(state)).toBe(expected);
    expect(readSearchState(expected)).toEqual(state);
  });
});
