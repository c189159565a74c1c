import { describe, expect, test } from 'vitest';
import { decodeNames, facetFilter } from '../../../src/lib/search/facet-filter.ts';
import { facetData, filters } from './facet-fixture.ts';

const all = [0, 1, 2, 3, 4];

describe('decodeNames', () => {
  test('turns gaps into each name’s documents and each document’s names', () => {
    const index = decodeNames({ names: ['Mike Pompeo', 'John Kerry'], docs: [[0, 1, 2], [1, 1]] });
    expect(index.docs.map((docs) => [...docs])).toEqual([[0, 1, 3], [1, 2]]);
    expect(Object.fromEntries(index.byDoc)).toEqual({ 0: [0], 1: [0, 1], 2: [1], 3: [0] });
  });
});

describe('facetFilter', () => {
  test.each([
    { name: 'no filter keeps every document', set: {}, kept: all },
    { name: 'a year', set: { year: 2020 }, kept: [0, 1] },
    { name: 'Undated', set: { year: 'undated' as const }, kept: [3, 4] },
    { name: 'with a stated date', set: { year: 'dated' as const }, kept: [0, 1, 2] },
    { name: 'a year no document has keeps none', set: { year: 1999 }, kept: [] },
    { name: 'a source', set: { source: 'AFP' }, kept: [0, 2, 3] },
    { name: 'a source no document has keeps none', set: { source: 'BBC News' }, kept: [] },
    { name: 'a person', set: { person: 'Mike Pompeo' }, kept: [0, 1, 3] },
    { name: 'a person without a page keeps none', set: { person: 'Nobody Known' }, kept: [] },
    { name: 'a person and a year', set: { person: 'Mike Pompeo', year: 2020 }, kept: [0, 1] },
    { name: 'a place and a source', set: { place: 'Idlib', source: 'AFP' }, kept: [0] },
    { name: 'a person and a place', set: { person: 'John Kerry', place: 'Idlib' }, kept: [] },
  ])('$name', ({ set, kept }) => {
    const keep = facetFilter(facetData, filters(set));
    expect(all.filter(keep)).toEqual(kept);
  });

  test('a name filter whose names are not loaded is a programmer error that says what to load', () => {
    expect(() => facetFilter(facetData, filters({ organization: 'NATO' }))).toThrow(/organization filter is set but facets\/organizations\.json is not loaded/);
  });
});
