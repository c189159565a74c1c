import { createRandom } from './random.ts';
import { sharesBand } from '../stories/find-stories.ts';
import { signatureLength, signatureSimilarity, signatureValues, storySignature } from '../stories/story-signature.ts';

/** How a generated version differs from the body it was made from. */
export const editKinds = ['reordered', 'trimmed', 'extended', 'partly rewritten', 'trimmed and reordered', 'half rewritten', 'half rewritten and trimmed'] as const;
export type EditKind = (typeof editKinds)[number];

/** The figures a threshold was chosen from, written beside it. */
export interface ThresholdFit {
  readonly threshold: number;
  /** Pairs that are versions of one story: each body against its generated edited copies (`unseen`: never compared, see `sharesBand`). */
  readonly versions: { readonly pairs: number; readonly lowest: number; readonly missed: number; readonly unseen: number };
  /** Pairs of distinct stories: every pair of distinct bodies. */
  readonly distinct: { readonly pairs: number; readonly highest: number; readonly joined: number };
  /** The noise floor (`noiseFloor`): the threshold is the fitted cut or this, whichever is higher. */
  readonly floor: number;
  /** Words per shingle and signature length the figures hold for. */
  readonly note: string;
}

/**
 * The edited copies of a body that a newsroom's versions of one story look like: paragraphs
 * reordered; the last 40% trimmed; extended by half its length with another story's paragraphs;
 * every third paragraph replaced by another story's; trimmed and reordered; every other paragraph
 * replaced (an update that rewrites half the story), and that trimmed too. `other` supplies the
 * foreign paragraphs. Deterministic for the same `seed`.
 */
export function editedCopies(body: readonly string[], other: readonly string[], seed: number): { kind: EditKind; body: string[] }[] {
  const generator = createRandom(seed);
  const random = (): number => generator.next();
  const shuffled = shuffle(body, random);
  const keep = Math.max(1, Math.ceil(body.length * 0.6));
  const extra = other.slice(0, Math.max(1, Math.ceil(body.length / 2)));
  const replace = (every: number, from: readonly string[]): string[] => from.map((p, i) => (i % every === every - 1 ? (other[i % Math.max(1, other.length)] ?? p) : p));
  return [
    { kind: 'reordered', body: shuffled },
    { kind: 'trimmed', body: body.slice(0, keep) },
    { kind: 'extended', body: [...body, ...extra] },
    { kind: 'partly rewritten', body: replace(3, body) },
    { kind: 'trimmed and reordered', body: shuffle(body.slice(0, keep), random) },
    { kind: 'half rewritten', body: replace(2, body) },
    { kind: 'half rewritten and trimmed', body: replace(2, body.slice(0, keep)) },
  ];
}

/**
 * Choose the similarity threshold from labelled pairs: the one that misclassifies fewest pairs,
 * weighting both kinds equally (there are far more distinct pairs than versions); among equally
 * good thresholds, the middle of the widest gap, so that it sits as far from both sides as the data allow.
 */
export function chooseThreshold(versions: readonly number[], distinct: readonly number[]): number {
  const cuts = [...new Set([...versions, ...distinct, 0, 1])].sort((a, b) => a - b);
  let best = { cost: Infinity, from: 0, to: 1 };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const lo = cuts[i] ?? 0;
    const hi = cuts[i + 1] ?? 1;
    const t = (lo + hi) / 2;
    const cost = versions.filter((s) => s < t).length / Math.max(1, versions.length) + distinct.filter((s) => s >= t).length / Math.max(1, distinct.length);
    if (cost < best.cost - 1e-12 || (Math.abs(cost - best.cost) <= 1e-12 && hi - lo > best.to - best.from)) best = { cost, from: lo, to: hi };
  }
  return Number(((best.from + best.to) / 2).toFixed(3));
}

/** Pairs of distinct articles in the largest archive the threshold is made for (100,000 articles). */
const archivePairs = (100_000 * 99_999) / 2;

/**
 * The least similarity at which estimation noise alone would join fewer than five pairs of distinct
 * stories in a 100,000-article archive: pairs whose true similarity is that of the most similar
 * distinct pairs (the 99.9th percentile) reaching it by chance, a binomial tail over the signature's
 * positions. Below it, a threshold fitted on thousands of pairs would join hundreds at that scale.
 */
export function noiseFloor(distinct: readonly number[], positions = signatureLength): number {
  const sorted = [...distinct].sort((a, b) => a - b);
  const p = Math.max(1 / positions, sorted[Math.floor(sorted.length * 0.999)] ?? 0);
  let tail = 1;
  // P(X >= k) for X ~ Binomial(positions, p), from k = 0 up.
  let term = (1 - p) ** positions; // P(X = 0)
  for (let k = 0; k <= positions; k++) {
    if (tail * archivePairs < 5) return k / positions;
    tail -= term;
    term = (term * (positions - k) * p) / ((k + 1) * (1 - p));
  }
  return 1;
}

/** Fit the threshold on bodies of distinct stories (each a list of paragraphs). */
export function fitStoryThreshold(bodies: readonly (readonly string[])[]): ThresholdFit {
  const signatures = bodies.map((b) => signatureValues(storySignature(b)));
  const versions: number[] = [];
  const banded: boolean[] = [];
  bodies.forEach((body, i) => {
    const other = bodies[(i + 1) % bodies.length] ?? [];
    const own = signatures[i] ?? new Uint16Array(0);
    for (const copy of editedCopies(body, other, i + 1)) {
      const values = signatureValues(storySignature(copy.body));
      versions.push(signatureSimilarity(own, values));
      banded.push(sharesBand(own, values));
    }
  });
  const distinct: number[] = [];
  for (let i = 0; i < signatures.length; i++) {
    for (let j = i + 1; j < signatures.length; j++) distinct.push(signatureSimilarity(signatures[i] ?? new Uint16Array(0), signatures[j] ?? new Uint16Array(0)));
  }
  const floor = noiseFloor(distinct);
  const threshold = Math.max(chooseThreshold(versions, distinct), floor);
  return {
    threshold,
    versions: {
      pairs: versions.length,
      lowest: round(Math.min(...versions)),
      missed: versions.filter((s) => s < threshold).length,
      // Above the threshold, but in no shared LSH bucket, so never compared.
      unseen: versions.filter((s, i) => s >= threshold && !banded[i]).length,
    },
    distinct: { pairs: distinct.length, highest: round(Math.max(...distinct)), joined: distinct.filter((s) => s >= threshold).length },
    floor: round(floor),
    note: 'estimated Jaccard similarity of word 3-gram sets (MinHash, 128 values)',
  };
}

function round(x: number): number {
  return Number(x.toFixed(3));
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
