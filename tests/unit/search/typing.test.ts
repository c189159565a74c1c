import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { asTyped } from '../../../src/scripts/search/typing.ts';

/** Changes to the field as `[milliseconds after the previous change, value]`. */
type Change = readonly [after: number, value: string];

const delay = 50;

/** The values searched and when, and the values only prefetched. */
function replay(changes: readonly Change[]): { runs: string[]; prefetched: string[] } {
  const runs: string[] = [];
  const prefetched: string[] = [];
  let value = '';
  const typing = asTyped(() => runs.push(value), delay, (typed) => prefetched.push(typed));
  for (const [after, next] of changes) {
    vi.advanceTimersByTime(after);
    value = next;
    typing.input(next);
  }
  vi.advanceTimersByTime(delay * 2);
  return { runs, prefetched };
}

describe('asTyped', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  test.each<{ name: string; changes: Change[]; runs: string[]; prefetched: string[] }>([
    { name: 'one key after a pause searches at once', changes: [[500, 'p']], runs: ['p'], prefetched: [] },
    { name: 'keys typed slowly each search at once', changes: [[500, 'p'], [120, 'po'], [120, 'pom']], runs: ['p', 'po', 'pom'], prefetched: [] },
    {
      name: 'fast keys search once they stop, prefetching on the way',
      changes: [[500, 'p'], [20, 'po'], [20, 'pom'], [20, 'pomp']],
      runs: ['p', 'pomp'],
      prefetched: ['po', 'pom', 'pomp'],
    },
    { name: 'a paste right after a key searches at once', changes: [[500, 'p'], [10, 'pompeo sanctions']], runs: ['p', 'pompeo sanctions'], prefetched: [] },
    { name: 'a query typed just after clearing the field searches at once', changes: [[500, 'old query'], [100, ''], [30, 'new query']], runs: ['old query', '', 'new query'], prefetched: [] },
    { name: 'one key just after clearing searches at once', changes: [[500, 'pompeo'], [100, ''], [10, 'p']], runs: ['pompeo', '', 'p'], prefetched: [] },
  ])('$name', ({ changes, runs, prefetched }) => {
    expect(replay(changes)).toEqual({ runs, prefetched });
  });

  test('cancel drops the search waiting for fast keys to stop', () => {
    const runs: number[] = [];
    const typing = asTyped(() => runs.push(1), delay);
    typing.input('p');
    vi.advanceTimersByTime(10);
    typing.input('po');
    typing.cancel();
    vi.advanceTimersByTime(delay * 2);
    expect(runs).toHaveLength(1);
  });
});
