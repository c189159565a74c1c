import { describe, expect, test } from 'vitest';
import { collectionFileName, collectionFileSlug, isCollectionFile } from '../../../src/lib/article/collection-files.ts';

describe('collectionFileSlug', () => {
  test.each([
    { slug: 'harbour-plans-approved-1a2b3c' },
    { slug: 'a' },
    { slug: 'dots.in.a-slug-000004' },
  ])('gives back the slug a file is named by: $slug', ({ slug }) => {
    const name = collectionFileName(slug);
    expect(isCollectionFile(name)).toBe(true);
    expect(collectionFileSlug(name)).toBe(slug);
  });
});
