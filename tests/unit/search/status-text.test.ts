import { describe, expect, test } from 'vitest';
import { noFilters } from '../../../src/lib/search/search-filters.ts';
import { scopeText, statusParts, statusText } from '../../../src/lib/search/status-text.ts';

describe('statusText', () => {
  test.each([
    { query: 'pompeo', count: 3, scope: '', expected: '3 results for “pompeo”' },
    { query: 'ayoub', count: 1, scope: '', expected: '1 result for “ayoub”' },
    { query: 'xyz', count: 0, scope: '', expected: 'No results for “xyz”' },
    { query: ' syria ', count: 12345, scope: ' in 2020', expected: '12,345 results for “syria” in 2020' },
    { query: '  ', count: 0, scope: '', expected: 'Type a word to search the archive.' },
  ])('$expected', ({ query, count, scope, expected }) => {
    expect(statusText(query, count, scope)).toBe(expected);
  });
});

describe('statusParts', () => {
  test.each([
    { query: 'pompeo', count: 3, scope: ' in 2020', expected: { before: '3 results for ', query: '“pompeo”', after: ' in 2020' } },
    { query: 'xyz', count: 0, scope: '', expected: { before: 'No results for ', query: '“xyz”', after: '' } },
    { query: '', count: 0, scope: '', expected: { before: 'Type a word to search the archive.', query: '', after: '' } },
  ])('$query', ({ query, count, scope, expected }) => {
    expect(statusParts(query, count, scope)).toEqual(expected);
  });
});

describe('scopeText', () => {
  test.each([
    { set: {}, expected: '' },
    { set: { year: 2020 }, expected: ' in 2020' },
    { set: { year: 'undated' as const }, expected: ' among undated articles' },
    { set: { year: 'dated' as const }, expected: ' among articles with a stated date' },
    { set: { year: 2016, source: 'AFP' }, expected: ' in 2016 from AFP' },
    { set: { source: 'BBC News' }, expected: ' from BBC News' },
    { set: { person: 'Mike Pompeo' }, expected: ' naming Mike Pompeo' },
    { set: { person: 'Mike Pompeo', place: 'Idlib' }, expected: ' naming Mike Pompeo and Idlib' },
    { set: { year: 2020, source: 'AFP', person: 'Mike Pompeo', place: 'Idlib', organization: 'NATO' }, expected: ' in 2020 from AFP naming Mike Pompeo, Idlib and NATO' },
    { set: { organization: 'NATO' }, expected: ' naming NATO' },
  ])('“$expected”', ({ set, expected }) => {
    expect(scopeText({ ...noFilters, ...set })).toBe(expected);
  });
});
