import type { CollectionArticle } from '../article/schema.ts';

/** A schema.org `NewsArticle`, as much of it as the record states. */
export interface NewsArticleJsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'NewsArticle';
  readonly headline: string;
  readonly url: string;
  readonly mainEntityOfPage: string;
  /** The article's original web address, when the record states it. */
  readonly sameAs?: string;
  readonly datePublished?: string;
  readonly author?: readonly { readonly '@type': 'Person'; readonly name: string }[];
  readonly publisher?: { readonly '@type': 'Organization'; readonly name: string };
  readonly description?: string;
}

/**
 * The `NewsArticle` for one record at its absolute `url`: headline always; `datePublished`
 * only when the record has a date (at its own precision, never padded); `author` only when
 * the record names its authors; `publisher` only when the source is known; `sameAs` (the
 * original address) only when the record has one.
 */
export function newsArticleJsonLd(
  article: Pick<CollectionArticle, 'title' | 'date' | 'authors' | 'source'> & { readonly url?: CollectionArticle['url'] },
  url: string,
  description?: string,
): NewsArticleJsonLd {
  const authors = article.authors;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url,
    mainEntityOfPage: url,
    ...(article.date === null ? {} : { datePublished: article.date }),
    ...(authors.length === 0 ? {} : { author: authors.map((name) => ({ '@type': 'Person' as const, name })) }),
    ...(article.source === null ? {} : { publisher: { '@type': 'Organization' as const, name: article.source } }),
    ...(article.url === undefined || article.url === null ? {} : { sameAs: article.url }),
    ...(description === undefined || description === '' ? {} : { description }),
  };
}

/** The escape of each character `serializeJsonLd` writes otherwise (one pass over the JSON, not one a character). */
const jsonLdEscapes: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON safe to place inside `<script type="application/ld+json">`: `<`, `>` and `&` are written
 * as `\u003c`, `\u003e`, `\u0026`, and the line separators U+2028/U+2029 escaped, so text from a
 * seed can never close the element or open a comment. `JSON.parse` gives back the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => jsonLdEscapes[character] ?? character);
}
