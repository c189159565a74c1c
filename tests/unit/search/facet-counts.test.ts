import { describe, expect, test } from 'vitest';
import { facetCounts, optionLabel } from '../../../src/lib/search/facet-counts.ts';
import { facetData, filters } from './facet-fixture.ts';

const all = [0, 1, 2, 3, 4];

describe('facetCounts', () => {
  test.each([
    {
      name: 'no filter',
      docs: all,
      set: {},
      years: { 2020: 2, 2016: 1, dated: 3, undated: 2 },
      sources: { AFP: 3, VOA: 1 },
      people: { 'Mike Pompeo': 3, 'John Kerry': 2 },
      places: { Idlib: 2 },
    },
    { name: 'some hits', docs: [1, 4], set: {}, years: { 2020: 1, dated: 1, undated: 1 }, sources: { VOA: 1 }, people: { 'Mike Pompeo': 1, 'John Kerry': 1 }, places: { Idlib: 1 } },
    {
      name: 'a source set: the others count its results',
      docs: all,
      set: { source: 'AFP' },
      years: { 2020: 1, 2016: 1, dated: 2, undated: 1 },
      sources: { AFP: 3, VOA: 1 },
      people: { 'Mike Pompeo': 2, 'John Kerry': 1 },
      places: { Idlib: 1 },
    },
    {
      name: 'a year set: the others count its results',
      docs: all,
      set: { year: 2020 },
      years: { 2020: 2, 2016: 1, dated: 3, undated: 2 },
      sources: { AFP: 1, VOA: 1 },
      people: { 'Mike Pompeo': 2, 'John Kerry': 1 },
      places: { Idlib: 1 },
    },
    { name: 'Undated set', docs: all, set: { year: 'undated' as const }, years: { 2020: 2, 2016: 1, dated: 3, undated: 2 }, sources: { AFP: 1 }, people: { 'Mike Pompeo': 1 }, places: { Idlib: 1 } },
    {
      name: 'stated dates only: the others count the dated results',
      docs: all,
      set: { year: 'dated' as const },
      years: { 2020: 2, 2016: 1, dated: 3, undated: 2 },
      sources: { AFP: 2, VOA: 1 },
      people: { 'Mike Pompeo': 2, 'John Kerry': 2 },
      places: { Idlib: 1 },
    },
    {
      name: 'a person set: the others count the results naming them, the people count under the others',
      docs: all,
      set: { person: 'Mike Pompeo' },
      years: { 2020: 2, dated: 2, undated: 1 },
      sources: { AFP: 2, VOA: 1 },
      people: { 'Mike Pompeo': 3, 'John Kerry': 2 },
      places: { Idlib: 1 },
    },
    {
      name: 'a person and a year set: each counts under the other',
      docs: all,
      set: { person: 'John Kerry', year: 2020 },
      years: { 2020: 1, 2016: 1, dated: 2 },
      sources: { VOA: 1 },
      people: { 'Mike Pompeo': 2, 'John Kerry': 1 },
      places: {},
    },
    {
      name: 'a place and a source set',
      docs: all,
      set: { place: 'Idlib', source: 'AFP' },
      years: { 2020: 1, dated: 1 },
      sources: { AFP: 1 },
      people: { 'Mike Pompeo': 1 },
      places: { Idlib: 1 },
    },
  ])('$name', ({ docs, set, years, sources, people, places }) => {
    const counts = facetCounts(facetData, docs, filters(set));
    expect(Object.fromEntries(counts.years)).toEqual(years);
    expect(Object.fromEntries(counts.sources)).toEqual(sources);
    expect(Object.fromEntries(counts.names.people ?? [])).toEqual(people);
    expect(Object.fromEntries(counts.names.places ?? [])).toEqual(places);
  });

  test('a kind whose names are not loaded has no counts', () => {
    expect(Object.keys(facetCounts(facetData, all, filters({})).names)).toEqual(['people', 'places']);
  });
});

describe('optionLabel', () => {
  test.each([
    { name: '2020', count: 3, expected: '2020 (3)' },
    { name: 'Undated', count: 1234, expected: 'Undated (1,234)' },
    { name: 'AFP', count: 0, expected: 'AFP (0)' },
  ])('$expected', ({ name, count, expected }) => {
    expect(optionLabel(name, count)).toBe(expected);
  });
});
