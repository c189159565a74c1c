import type { World } from './generate-seed.ts';
import { createRandom, hashSeed, type Random } from '../../../src/lib/train/random.ts';

/** What a benchmark query exercises. */
export const queryKinds = ['common', 'rare', 'name', 'place', 'prefix', 'typo', 'multi-word'] as const;
export type QueryKind = (typeof queryKinds)[number];

/** One query of the fixed benchmark set. */
export interface BenchQuery {
  readonly kind: QueryKind;
  readonly text: string;
}

/** Mean body length of generated articles, in words; used to aim rare words at a few hits. */
const meanWords = 810;

function rankWithExpectedCount(world: World, articles: number, expected: number): number {
  const { zipf, commonCount } = world.vocabulary;
  const total = articles * meanWords;
  let rank = commonCount;
  while (rank < zipf.size - 1 && zipf.probability(rank) * total > expected) rank += 1;
  return rank;
}

function typo(random: Random, word: string): string {
  const at = random.between(1, word.length - 2);
  const letters = 'aeiourstnl'.replace(word.charAt(at), '');
  return word.slice(0, at) + letters.charAt(random.int(letters.length)) + word.slice(at + 1);
}

/**
 * The fixed set of benchmark queries for an archive of `articles` seeds: common words,
 * rare words (a handful of hits), names, places, prefixes, one-letter typos and multi-word
 * queries, drawn deterministically from the world's vocabulary and cast.
 */
export function pickQueries(world: World, articles: number): BenchQuery[] {
  const random = createRandom(hashSeed('queries', world.seed));
  const { words, commonCount } = world.vocabulary;
  const { people, places } = world.cast;
  const word = (rank: number): string => words[Math.min(rank, words.length - 1)] as string;
  const mid = (): string => word(commonCount + random.between(50, 1_500));
  const midLong = (): string => {
    for (let guard = 0; guard < 1_000; guard += 1) {
      const candidate = mid();
      if (candidate.length >= 6) return candidate;
    }
    return mid();
  };
  const surname = (rank: number): string => (people[Math.min(rank, people.length - 1)] as string).split(' ')[1] as string;
  const rareFrom = rankWithExpectedCount(world, articles, 10);
  const rareTo = Math.max(rareFrom + 10, rankWithExpectedCount(world, articles, 3));
  const queries: BenchQuery[] = [];
  const add = (kind: QueryKind, text: string): void => {
    if (!queries.some((query) => query.text === text)) queries.push({ kind, text });
  };
  for (let i = 0; i < 4; i += 1) add('common', word(random.between(60, commonCount - 1)));
  for (let i = 0; i < 4; i += 1) add('rare', word(random.between(rareFrom, rareTo)));
  add('name', surname(0));
  add('name', surname(random.between(1, 10)));
  add('name', people[random.between(0, 5)] as string);
  add('name', people[random.between(5, 30)] as string);
  add('place', places[0] as string);
  add('place', places[random.between(1, 20)] as string);
  for (let i = 0; i < 3; i += 1) add('prefix', midLong().slice(0, random.between(4, 5)));
  add('prefix', surname(random.between(0, 10)).slice(0, 4));
  for (let i = 0; i < 3; i += 1) add('typo', typo(random, midLong()));
  add('typo', typo(random, surname(random.between(0, 10))));
  add('multi-word', `${mid()} ${mid()}`);
  add('multi-word', `${word(random.between(60, commonCount - 1))} ${mid()}`);
  add('multi-word', `${places[random.between(0, 10)] as string} ${word(random.between(60, commonCount - 1))}`);
  add('multi-word', `${surname(random.between(0, 20))} ${mid()} ${mid()}`);
  return queries;
}

/** `count` of the queries, taken round-robin over their kinds so that every kind is represented. */
export function spreadQueries(queries: readonly BenchQuery[], count: number): BenchQuery[] {
  const byKind = queryKinds.map((kind) => queries.filter((query) => query.kind === kind));
  const out: BenchQuery[] = [];
  for (let round = 0; out.length < Math.min(count, queries.length); round += 1) {
    for (const list of byKind) {
      const query = list[round];
      if (query !== undefined && out.length < count) out.push(query);
    }
  }
  return out;
}
