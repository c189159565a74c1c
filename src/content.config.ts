import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFileExtension, collectionFolder } from './lib/article/collection-files.ts';
import { catalogueEntrySchema } from './lib/article/schema.ts';

/**
 * The articles collection: one JSON file per article, `<slug>.json`, that `npm run ingest`
 * writes from `seeds/` into the generated, git-ignored `src/content/articles/`. Each entry's id
 * is its slug. The collection keeps each article's catalogue fields; an article page reads its
 * paragraphs from its file and renders them itself: article text is data, never Markdown.
 */
const articles = defineCollection({
  loader: glob({
    pattern: `*${collectionFileExtension}`,
    base: `./${collectionFolder}`,
    // Nothing reads an entry's raw file (`entry.body`): leaving it out of the data store keeps
    // the store, and each page's load of it, smaller.
    retainBody: false,
    generateId: ({ data, entry }) => (typeof data['slug'] === 'string' ? data['slug'] : entry.slice(0, -collectionFileExtension.length)),
  }),
  // Every file is checked whole; the collection keeps the catalogue's fields (see catalogueEntrySchema).
  schema: catalogueEntrySchema,
});

export const collections = { articles };
