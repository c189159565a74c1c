import { describe, expect, test } from 'vitest';
import { neighbours } from '../../../src/lib/site/neighbours.ts';

const list = [
  { id: 'c', title: 'C', date: '2020-03-19' },
  { id: 'a', title: 'A', date: '2016' },
  { id: 'u2', title: 'Zulu', date: null },
  { id: 'b', title: 'B', date: '2020-03' },
  { id: 'u1', title: 'Alpha', date: null },
];

// The home page's order: c, b, a (newest first), then u1, u2 (undated, by title).
describe('neighbours', () => {
  const map = neighbours(list);
  test.each([
    { id: 'c', previous: null, next: 'b' },
    { id: 'b', previous: 'c', next: 'a' },
    { id: 'a', previous: 'b', next: 'u1' },
    { id: 'u1', previous: 'a', next: 'u2' },
    { id: 'u2', previous: 'u1', next: null },
  ])('$id: previous $previous, next $next', ({ id, previous, next }) => {
    expect(map.get(id)?.previous?.id ?? null).toBe(previous);
    expect(map.get(id)?.next?.id ?? null).toBe(next);
  });

  test('a single article has no neighbours', () => {
    expect(neighbours([{ id: 'x', title: 'X', date: null }]).get('x')).toEqual({ previous: null, next: null });
  });

  test('the one dated article steps on to the first undated one by title', () => {
    const map = neighbours([
      { id: 'u', title: 'Zebra', date: null },
      { id: 'd', title: 'Dated', date: '2020-03-19' },
      { id: 'v', title: 'Apple', date: null },
    ]);
    expect(map.get('d')).toEqual({ previous: null, next: expect.objectContaining({ id: 'v' }) });
  });

  test('the input is not reordered', () => {
    const copy = [...list];
    neighbours(copy);
    expect(copy).toEqual(list);
  });
});
