import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionEntrySchema } from './lib/article/schema';

/**
 * The articles collection: Markdown files that `npm run ingest` writes from `seeds/`
 * into the generated, git-ignored `src/content/articles/`. Each entry's id is its slug.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './src/content/articles',
    // Nothing reads an entry's raw Markdown (`entry.body`): pages render it or read `data.body`.
    // Leaving it out of the data store keeps the store, and each page's load of it, smaller.
    retainBody: false,
    generateId: ({ data, entry }) => (typeof data['slug'] === 'string' ? data['slug'] : entry.replace(/\.md$/, '')),
  }),
  schema: collectionEntrySchema,
});

export const collections = { articles };
