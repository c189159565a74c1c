import { describe, expect, test } from 'vitest';
import { noFilters } from '../../../src/lib/search/search-filters.ts';
import { fillSearchState, readSearchState, writeSearchState, type SearchState } from '../../../src/lib/search/url-state.ts';

/** A state with only the given parts set. */
const state = (set: Partial<SearchState>): SearchState => ({ q: '', ...noFilters, exact: false, ...set });

describe('readSearchState', () => {
  test.each([
    { query: '', expected: state({}) },
    { query: '?q=pompeo', expected: state({ q: 'pompeo' }) },
    { query: '?q=+turkish+soldiers+&year=2020&source=AFP', expected: state({ q: 'turkish soldiers', year: 2020, source: 'AFP' }) },
    { query: '?q=x&year=20x0', expected: state({ q: 'x' }) },
    { query: '?q=x&source=BBC%20News', expected: state({ q: 'x', source: 'BBC News' }) },
    { query: '?q=%3Cscript%3E', expected: state({ q: '<script>' }) },
    { query: '?q=x&year=undated', expected: state({ q: 'x', year: 'undated' }) },
    { query: '?q=x&year=dated', expected: state({ q: 'x', year: 'dated' }) },
    { query: '?q=x&year=Undated', expected: state({ q: 'x' }) },
    { query: '?q=pompao&exact=1', expected: state({ q: 'pompao', exact: true }) },
    { query: '?q=pompao&exact=yes', expected: state({ q: 'pompao' }) },
    { query: '?person=Mike%20Pompeo', expected: state({ person: 'Mike Pompeo' }) },
    { query: '?q=russia&person=Mike+Pompeo&place=Idlib&organization=NATO', expected: state({ q: 'russia', person: 'Mike Pompeo', place: 'Idlib', organization: 'NATO' }) },
    { query: '?q=x&person=Recep%20Tayyip%20Erdo%C4%9Fan', expected: state({ q: 'x', person: 'Recep Tayyip Erdoğan' }) },
    { query: '?q=x&person=&place=%20', expected: state({ q: 'x' }) },
  ])('$query', ({ query, expected }) => {
    expect(readSearchState(query)).toEqual(expected);
  });
});

describe('writeSearchState', () => {
  test.each([
    { state: state({}), expected: '' },
    { state: state({ q: 'pompeo' }), expected: '?q=pompeo' },
    { state: state({ q: 'turkish soldiers', year: 2020, source: 'BBC News' }), expected: '?q=turkish+soldiers&year=2020&source=BBC+News' },
    { state: state({ q: 'pompao', year: 'undated', exact: true }), expected: '?q=pompao&year=undated&exact=1' },
    { state: state({ person: 'Mike Pompeo' }), expected: '?person=Mike+Pompeo' },
    { state: state({ q: 'russia', year: 2020, person: 'Mike Pompeo', place: 'Idlib', organization: 'NATO' }), expected: '?q=russia&year=2020&person=Mike+Pompeo&place=Idlib&organization=NATO' },
    { state: state({ q: 'x', person: 'Recep Tayyip Erdoğan' }), expected: '?q=x&person=Recep+Tayyip+Erdo%C4%9Fan' },
  ])('$expected', ({ state: written, expected }) => {
    expect(writeSearchState(written)).toBe(expected);
    expect(readSearchState(expected)).toEqual(written);
  });
});

describe('fillSearchState', () => {
  test.each([
    { name: 'the URL says nothing: what was typed and chosen', url: state({}), form: state({ q: 'russia', year: 2020 }), expected: state({ q: 'russia', year: 2020 }) },
    { name: 'a filter in the URL, a query typed before the script loaded', url: state({ person: 'Mike Pompeo' }), form: state({ q: 'russia' }), expected: state({ q: 'russia', person: 'Mike Pompeo' }) },
    { name: 'the URL wins where it says something', url: state({ q: 'syria', place: 'Idlib' }), form: state({ q: 'russia', place: 'Moscow', source: 'AFP' }), expected: state({ q: 'syria', place: 'Idlib', source: 'AFP' }) },
    { name: 'exact comes from the URL only', url: state({ q: 'pompao', exact: true }), form: state({ q: 'x' }), expected: state({ q: 'pompao', exact: true }) },
  ])('$name', ({ url, form, expected }) => {
    expect(fillSearchState(url, form)).toEqual(expected);
  });
});
