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
    generateId: ({ data, entry }) => (typeof data['slug'] === 'string' ? data['slug'] : entry.replace(/\.md$/, '')),
  }),
  schema: collectionEntrySchema,
});

export const collections = { articles };
