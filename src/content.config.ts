import { defineCollection } from 'astro:content';
import { articlesCollection } from './lib/article/articles-collection.ts';

/**
 * The articles collection: one JSON file per article, `<slug>.json`, that `npm run ingest`
 * writes from `seeds/` into the generated, git-ignored `src/content/articles/`. Each entry's id
 * is its slug. The collection keeps each article's catalogue fields; an article page reads its
 * paragraphs from its file and renders them itself: article text is data, never Markdown.
 */
const articles = defineCollection({ loader: articlesCollection.loader(), schema: articlesCollection.schema });

export const collections = { articles };
