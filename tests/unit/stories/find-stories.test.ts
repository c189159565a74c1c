// Story detection on the seeds and on generated versions: versions of one story group together,
// distinct stories on one topic do not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../src/lib/normalize/index.ts';
import { editedCopies, editKinds } from '../../../src/lib/train/fit-story-threshold.ts';
import { findStories } from '../../../src/lib/stories/find-stories.ts';
import { storySignature } from '../../../src/lib/stories/story-signature.ts';

const seeds = join(import.meta.dirname, '../../../seeds');
const seedBodies = readdirSync(seeds)
  .sort()
  .flatMap((file) => {
    const result = normalize({ file, bytes: readFileSync(join(seeds, file)) });
    return result.ok ? [{ id: file.slice(0, 3), body: result.article.body }] : [];
  });
const signed = (items: readonly { id: string; body: readonly string[] }[]) => items.map(({ id, body }) => ({ id, signature: storySignature(body) }));
const ids = (items: readonly { id: string }[], groups: number[][]) => groups.map((g) => g.map((i) => items[i]?.id));

describe('the seeds', () => {
  test('000 and 001, two versions of one AFP story, are one story, and no other seed joins it', () => {
    const items = signed(seedBodies);
    expect(ids(items, findStories(items))).toEqual([['000', '001']]);
  });
});

describe.each(editKinds)('a %s copy of a seed', (kind) => {
  test.each(seedBodies.map((s) => s.id))('of seed %s is a version of it', (id) => {
    const own = seedBodies.find((s) => s.id === id)?.body ?? [];
    const other = seedBodies.find((s) => s.id !== id && s.body.length > 3)?.body ?? [];
    const copy = editedCopies(own, other, 7).find((c) => c.kind === kind)?.body ?? [];
    const items = signed([{ id, body: own }, { id: 'copy', body: copy }]);
    expect(ids(items, findStories(items))).toEqual([[id, 'copy']]);
  });
});

describe('findStories', () => {
  test('identical bodies are one story; an empty signature never joins one', () => {
    const body = ['One paragraph of a story about a harbour wall that was rebuilt.', 'A second paragraph about the ferry.'];
    const items = [{ id: 'a', signature: storySignature(body) }, { id: 'b', signature: '' }, { id: 'c', signature: storySignature(body) }];
    expect(findStories(items)).toEqual([[0, 2]]);
  });

  test('any story and a reordered copy of it are found as one, however many other stories surround them', () => {
    const sentence = fc.array(fc.stringMatching(/^[a-z]{4,9}$/), { minLength: 12, maxLength: 20 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 3, maxLength: 8 }), fc.integer({ min: 0, max: 20 }), (body, others) => {
        const copy = [...body].reverse();
        const noise = seedBodies.slice(2, 2 + Math.min(others, seedBodies.length - 2)).map((s, i) => ({ id: `n${i}`, signature: storySignature(s.body) }));
        const items = [{ id: 'a', signature: storySignature(body) }, ...noise, { id: 'b', signature: storySignature(copy) }];
        return findStories(items).some((g) => g.includes(0) && g.includes(items.length - 1));
      }),
      { numRuns: 50 },
    );
  });
});
