import { describe, expect, test } from 'vitest';
import { articleSchema, maxSlugLength } from '../../../src/lib/article/schema';
import { slugFor } from '../../../src/lib/article/slug';

describe('slugFor', () => {
  test.each([
    { name: 'a short title', title: 'Harbour plan approved', readable: 'harbour-plan-approved' },
    { name: 'a long title, cut between words', title: 'word '.repeat(60), readable: Array.from({ length: 12 }, () => 'word').join('-') },
    { name: 'one very long word, cut inside it', title: 'x'.repeat(245), readable: 'x'.repeat(60) },
    { name: 'a title with no letters or digits', title: '— … —', readable: 'article' },
  ])('$name', ({ title, readable }) => {
    const slug = slugFor(title, 'seed');
    expect(slug).toMatch(/^.+-[0-9a-f]{6}$/u);
    expect(slug.slice(0, -7)).toBe(readable);
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
  });
});

describe('the schema caps a slug', () => {
  test.each([
    { length: maxSlugLength, ok: true },
    { length: maxSlugLength + 1, ok: false },
    { length: 245, ok: false },
  ])('$length characters: $ok', ({ length, ok }) => {
    expect(articleSchema.shape.slug.safeParse('a'.repeat(length)).success).toBe(ok);
  });
});
