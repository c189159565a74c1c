import { describe, expect, test } from 'vitest';
import { neighbours } from '../../../src/lib/site/neighbours';

const list = [
  { id: 'c', title: 'C', date: '2020-03-19' },
  { id: 'a', title: 'A', date: '2016' },
  { id: 'u2', title: 'Zulu', date: null },
  { id: 'b', title: 'B', date: '2020-03' },
  { id: 'u1', title: 'Alpha', date: null },
];

describe('neighbours', () => {
  const map = neighbours(list);
  test.each([
    { id: 'a', previous: null, next: 'b' },
    { id: 'b', previous: 'a', next: 'c' },
    { id: 'c', previous: 'b', next: null },
    { id: 'u1', previous: null, next: 'u2' },
    { id: 'u2', previous: 'u1', next: null },
  ])('$id: previous $previous, next $next', ({ id, previous, next }) => {
    expect(map.get(id)?.previous?.id ?? null).toBe(previous);
    expect(map.get(id)?.next?.id ?? null).toBe(next);
  });

  test('a single article has no neighbours', () => {
    expect(neighbours([{ id: 'x', title: 'X', date: null }]).get('x')).toEqual({ previous: null, next: null });
  });
});
