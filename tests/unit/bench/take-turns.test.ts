import { describe, expect, test } from 'vitest';
import { takeTurns } from '../../../bench/src/take-turns.ts';

/** Contenders that log each call as `<name><run>` and fail on the runs listed for them. */
function contenders(names: readonly string[], failOn: Readonly<Record<string, readonly number[]>> = {}) {
  const calls: string[] = [];
  const made = names.map((name) => {
    let run = 0;
    return async () => {
      const mine = run++;
      calls.push(`${name}${mine}`);
      if (failOn[name]?.includes(mine)) throw new Error(`${name} broke`);
      return `${name}:${mine}`;
    };
  });
  return { calls, made };
}

describe('takeTurns', () => {
  test.each<[string, number, readonly string[], string[]]>([
    ['one run', 1, ['a', 'b'], ['a0', 'b0']],
    ['the order alternates from run to run', 3, ['a', 'b'], ['a0', 'b0', 'b1', 'a1', 'a2', 'b2']],
    ['three contenders', 2, ['a', 'b', 'c'], ['a0', 'b0', 'c0', 'c1', 'b1', 'a1']],
    ['no runs', 0, ['a', 'b'], []],
  ])('%s', async (_, runs, names, order) => {
    const { calls, made } = contenders(names);
    const outcomes = await takeTurns(runs, made);
    expect(calls).toEqual(order);
    expect(outcomes.map((o) => o.error)).toEqual(names.map(() => null));
    expect(outcomes.map((o) => o.values.length)).toEqual(names.map(() => runs));
  });

  test('a contender that fails is left out of later runs, with its error; the others go on', async () => {
    const { calls, made } = contenders(['a', 'b'], { b: [1] });
    const outcomes = await takeTurns(3, made);
    expect(calls).toEqual(['a0', 'b0', 'b1', 'a1', 'a2']);
    expect(outcomes).toEqual([
      { values: ['a:0', 'a:1', 'a:2'], error: null },
      { values: ['b:0'], error: 'b broke' },
    ]);
  });
});
