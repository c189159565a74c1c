import type { Random } from '../../../src/lib/train/random.ts';

/** Draws ranks 0 … n-1 with probability proportional to 1 / (rank + 1)^exponent. */
export interface ZipfSampler {
  /** Number of ranks. */
  readonly size: number;
  /** Probability of each rank (sums to 1). */
  probability(rank: number): number;
  /** One rank, in constant time (Walker's alias method). */
  sample(random: Random): number;
}

/**
 * A Zipf distribution over `size` ranks. English word frequencies follow an exponent near 1;
 * the alias table makes each draw O(1), so a 100,000-article archive is generated in seconds.
 */
export function createZipf(size: number, exponent = 1.05): ZipfSampler {
  if (!Number.isInteger(size) || size < 1) throw new Error(`createZipf: expected a positive integer size, got ${size}.`);
  const weights = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    const weight = 1 / (rank + 1) ** exponent;
    weights[rank] = weight;
    total += weight;
  }
  const probabilities = weights.map((weight) => weight / total);
  // Vose's alias method.
  const scaled = probabilities.map((p) => p * size);
  const alias = new Int32Array(size);
  const cut = new Float64Array(size);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((value, rank) => (value < 1 ? small : large).push(rank));
  while (small.length > 0 && large.length > 0) {
    const less = small.pop() as number;
    const more = large.pop() as number;
    cut[less] = scaled[less] as number;
    alias[less] = more;
    scaled[more] = (scaled[more] as number) + (scaled[less] as number) - 1;
    ((scaled[more] as number) < 1 ? small : large).push(more);
  }
  for (const rank of [...small, ...large]) cut[rank] = 1;
  return {
    size,
    probability: (rank) => probabilities[rank] ?? 0,
    sample: (random) => {
      const column = random.int(size);
      return random.next() < (cut[column] as number) ? column : (alias[column] as number);
    },
  };
}
