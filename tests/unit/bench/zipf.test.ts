import { describe, expect, test } from 'vitest';
import { createRandom, createZipf } from '../../../bench/src/archive/index.ts';

describe('createZipf', () => {
  test.each([{ size: 10 }, { size: 1_000 }])('draws ranks with the Zipf probabilities (size $size)', ({ size }) => {
    const zipf = createZipf(size, 1);
    const random = createRandom(1);
    const counts = new Array<number>(size).fill(0);
    const draws = 200_000;
    for (let i = 0; i < draws; i += 1) {
      const rank = zipf.sample(random);
      counts[rank] = (counts[rank] ?? 0) + 1;
    }
    for (const rank of [0, 1, 4]) expect((counts[rank] as number) / draws).toBeCloseTo(zipf.probability(rank), 2);
  });

  test('rejects a size that is not a positive integer', () => {
    expect(() => createZipf(0)).toThrow(/positive integer/);
  });
});
