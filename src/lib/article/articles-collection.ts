import { articleLoader } from './article-loader.ts';
import { catalogueEntrySchema } from './schema.ts';

/**
 * The articles collection: `content.config.ts` defines it for Astro, and a build that renders with
 * the last build's renderer syncs Astro's content store with it (see `render-changed.ts`).
 */
export const articlesCollection = {
  /** Its name in `content.config.ts`'s `collections`. */
  name: 'articles',
  loader: articleLoader,
  // Every file is checked whole; the collection keeps the catalogue's fields (see catalogueEntrySchema).
  schema: catalogueEntrySchema,
} as const;
