import { createCast } from './cast.ts';
import { generateSeed, type GeneratedSeed, type World } from './generate-seed.ts';
import { createRandom, hashSeed } from '../../../src/lib/train/random.ts';
import { createSites } from './sites.ts';
import { createVocabulary } from './vocabulary.ts';

/** Options for a synthetic archive; all optional, merged over `defaultArchiveOptions`. */
export interface ArchiveOptions {
  /** The PRNG seed: the same seed gives the same archive, byte for byte. */
  readonly seed: number;
  /** Distinct words in the vocabulary. */
  readonly vocabularySize: number;
  /** Distinct people who recur across articles. */
  readonly people: number;
  /** Distinct places that recur across articles. */
  readonly places: number;
  /** Number of news sites whose chrome wraps the articles. */
  readonly sites: number;
  /** First year of the twenty-year span of dates. */
  readonly firstYear: number;
}

export const defaultArchiveOptions: Readonly<ArchiveOptions> = Object.freeze({
  seed: 20_260_101,
  vocabularySize: 60_000,
  people: 2_000,
  places: 400,
  sites: 24,
  firstYear: 2006,
});

/** The shared vocabulary, cast and sites of an archive. Takes well under a second. */
export function createWorld(options: Partial<ArchiveOptions> = {}): World {
  const merged = { ...defaultArchiveOptions, ...options };
  const random = createRandom(hashSeed('world', merged.seed));
  return {
    seed: merged.seed,
    vocabulary: createVocabulary(random, merged.vocabularySize),
    cast: createCast(random, { people: merged.people, places: merged.places }),
    sites: createSites(random, merged.sites),
    firstYear: merged.firstYear,
  };
}

/** Width of the zero-padded number in seed file names for an archive of `count` seeds. */
export function fileWidth(count: number): number {
  return Math.max(3, String(Math.max(0, count)).length);
}

/**
 * Seeds `from` … `to - 1` of the archive, lazily: a 100,000-seed archive never sits in memory.
 * `width` is the zero-padding of file numbers (default: enough for `to`).
 */
export function* generateArchive(world: World, to: number, from = 0, width = fileWidth(to)): Generator<GeneratedSeed> {
  for (let index = from; index < to; index += 1) yield generateSeed(world, index, width);
}
