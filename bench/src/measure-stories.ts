import { findEntities } from '../../src/lib/entities/find-entities.ts';
import { editedCopies } from '../../src/lib/train/fit-story-threshold.ts';
import { findStories } from '../../src/lib/stories/find-stories.ts';
import { storySignature } from '../../src/lib/stories/story-signature.ts';
import { generateSeed, type World } from './archive/index.ts';

/** Story detection at one archive size. */
export interface StoryFigures {
  readonly articles: number;
  /** Signing every body (done at ingest, per seed, and cached with it). */
  readonly signSeconds: number;
  /** Grouping the whole archive from its signatures (done at build time). */
  readonly findSeconds: number;
  /** Finding the people, places and organizations of every body (done at ingest, per seed, and cached with it). */
  readonly entitySeconds: number;
  /** Edited copies planted in the archive, and how many of them were found with their original. */
  readonly planted: number;
  readonly found: number;
  /** Stories found that join articles no copy links (distinct generated stories taken as one). */
  readonly falseStories: number;
}

/**
 * Time signing and grouping at one size: the generated archive's bodies, with every 50th article
 * followed by an edited copy of it (the kinds `npm run train` fits the threshold on, in turn).
 */
export function measureStories(world: World, articles: number): StoryFigures {
  const bodies: (readonly string[])[] = [];
  const copyOf = new Map<number, number>();
  for (let i = 0; bodies.length < articles; i++) {
    const body = generateSeed(world, i).truth.body;
    bodies.push(body);
    if (i % 50 === 0 && bodies.length < articles) {
      const copies = editedCopies(body, generateSeed(world, i + 1).truth.body, i + 1);
      copyOf.set(bodies.length, bodies.length - 1);
      bodies.push(copies[(i / 50) % copies.length]?.body ?? body);
    }
  }
  let started = performance.now();
  const signed = bodies.map((body, i) => ({ id: String(i), signature: storySignature(body) }));
  const signSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const groups = findStories(signed);
  const findSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  for (const body of bodies) findEntities(body);
  const entitySeconds = (performance.now() - started) / 1000;
  const groupOf = new Map<number, number>();
  groups.forEach((g, n) => g.forEach((i) => groupOf.set(i, n)));
  let found = 0;
  for (const [copy, original] of copyOf) if (groupOf.get(copy) !== undefined && groupOf.get(copy) === groupOf.get(original)) found++;
  const falseStories = groups.filter((g) => !g.some((i) => copyOf.has(i))).length;
  return { articles, signSeconds, findSeconds, entitySeconds, planted: copyOf.size, found, falseStories };
}
