import { describe, expect, test } from 'vitest';
import type { PageMeta } from '../../../src/lib/normalize/page-blocks.ts';
import { readHtml } from '../../../src/lib/normalize/read-html.ts';

/** A JSON-LD script holding `data` (a string is written as it is, to give broken JSON). */
const jsonLd = (data: unknown): string => `<script type="application/ld+json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;

const newsArticle = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Storm closes the harbour',
  datePublished: '2024-05-01T09:30:00+01:00',
  author: { '@type': 'Person', name: 'Jane Doe' },
  publisher: { '@type': 'Organization', name: 'The Harbour Gazette', logo: { '@type': 'ImageObject', url: 'https://example.com/logo.png' } },
  url: 'https://news.example.com/2024/05/storm',
};

/** What the page's head (and body) state, read as readHtml reads it. */
const meta = (html: string): PageMeta => readHtml(html).meta;

describe('readPageMeta: JSON-LD', () => {
  test.each<{ name: string; html: string; expected: PageMeta }>([
    {
      name: 'a NewsArticle: headline, date, author, publisher, url',
      html: `<html><head>${jsonLd(newsArticle)}</head><body><p>Text.</p></body></html>`,
      expected: {
        titles: ['Storm closes the harbour'],
        authors: ['Jane Doe'],
        published: '2024-05-01T09:30:00+01:00',
        source: 'The Harbour Gazette',
        url: 'https://news.example.com/2024/05/storm',
      },
    },
    {
      name: 'a NewsArticle inside @graph, beside the WebSite and the WebPage',
      html: jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'The Harbour Gazette', url: 'https://news.example.com/' },
          { '@type': 'WebPage', name: 'Storm closes the harbour - The Harbour Gazette' },
          { '@type': 'NewsArticle', headline: 'Storm closes the harbour', author: 'Jane Doe', datePublished: '2024-05-01' },
        ],
      }),
      expected: { titles: ['Storm closes the harbour'], authors: ['Jane Doe'], published: '2024-05-01' },
    },
    {
      name: 'a NewsArticle in a top-level array, its @type a list',
      html: jsonLd([{ '@type': 'BreadcrumbList', itemListElement: [] }, { '@type': ['NewsArticle'], headline: 'Storm closes the harbour' }]),
      expected: { titles: ['Storm closes the harbour'], authors: [] },
    },
    {
      name: 'a BlogPosting counts as an article',
      html: jsonLd({ '@type': 'BlogPosting', headline: 'A post', author: 'Jane Doe' }),
      expected: { titles: ['A post'], authors: ['Jane Doe'] },
    },
    {
      name: 'invalid JSON is ignored; the rest of the page still counts',
      html: `${jsonLd('{ "@type": "NewsArticle", "headline": "Broken", }')}<title>Storm closes the harbour</title>`,
      expected: { titles: ['Storm closes the harbour'], authors: [] },
    },
    {
      name: 'JSON-LD of another type is not the article',
      html: jsonLd({ '@type': 'Organization', name: 'The Harbour Gazette', headline: 'Not an article' }),
      expected: { titles: [], authors: [] },
    },
    {
      name: 'HTML entities in JSON-LD strings are decoded',
      html: jsonLd({ '@type': 'NewsArticle', headline: 'Fish &amp; chips shop &#39;saved&#39;' }),
      expected: { titles: ["Fish & chips shop 'saved'"], authors: [] },
    },
  ])('$name', ({ html, expected }) => {
    expect(meta(html)).toEqual(expected);
  });
});

describe('readPageMeta: JSON-LD authors', () => {
  test.each<{ name: string; author: unknown; authors: string[] }>([
    { name: 'a string', author: 'Jane Doe', authors: ['Jane Doe'] },
    { name: 'a Person', author: { '@type': 'Person', name: 'Jane Doe', url: 'https://example.com/jane' }, authors: ['Jane Doe'] },
    {
      name: 'a list of Persons',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'John Roe' },
      ],
      authors: ['Jane Doe', 'John Roe'],
    },
    { name: 'a list of strings', author: ['Jane Doe', 'John Roe'], authors: ['Jane Doe', 'John Roe'] },
    { name: 'an address is not a name', author: 'https://example.com/authors/jane', authors: [] },
    { name: 'the same name twice is one author', author: ['Jane Doe', { '@type': 'Person', name: 'Jane Doe' }], authors: ['Jane Doe'] },
  ])('$name', ({ author, authors }) => {
    expect(meta(jsonLd({ '@type': 'NewsArticle', author })).authors).toEqual(authors);
  });
});

describe('readPageMeta: meta tags, links and the title', () => {
  test.each<{ name: string; html: string; expected: PageMeta }>([
    {
      name: 'Open Graph, article:published_time and the author meta tag',
      html: `<head>
        <meta property="og:title" content="Storm closes the harbour">
        <meta property="og:site_name" content="The Harbour Gazette">
        <meta property="article:published_time" content="2024-05-01T09:30:00Z">
        <meta name="author" content="Jane Doe">
        <meta property="article:author" content="https://www.facebook.com/janedoe">
      </head>`,
      expected: { titles: ['Storm closes the harbour'], authors: ['Jane Doe'], published: '2024-05-01T09:30:00Z', source: 'The Harbour Gazette' },
    },
    {
      name: 'a meta tag written with value= instead of content=',
      html: '<meta property="og:title" value="Storm closes the harbour"><meta name="date" value="2024-05-01">',
      expected: { titles: ['Storm closes the harbour'], authors: [], published: '2024-05-01' },
    },
    {
      name: 'the canonical link is the address',
      html: '<link rel="canonical" href="https://news.example.com/storm"><meta property="og:url" content="https://news.example.com/storm?utm=x">',
      expected: { titles: [], authors: [], url: 'https://news.example.com/storm' },
    },
    {
      name: 'the first canonical link wins, whatever the case of rel',
      html: '<link rel="canonical" href="https://news.example.com/first"><link rel="Canonical" href="https://news.example.com/second">',
      expected: { titles: [], authors: [], url: 'https://news.example.com/first' },
    },
    {
      name: 'a relative canonical link is not an address; og:url is',
      html: '<link rel="canonical" href="/storm"><meta property="og:url" content="https://news.example.com/storm">',
      expected: { titles: [], authors: [], url: 'https://news.example.com/storm' },
    },
    {
      name: 'the document title, whitespace collapsed',
      html: '<html><head><title>\n  Storm closes the harbour |\n The Harbour Gazette </title></head></html>',
      expected: { titles: ['Storm closes the harbour | The Harbour Gazette'], authors: [] },
    },
    {
      name: 'titles best first: JSON-LD headline, og:title, the document title, each once',
      html: `<title>Storm closes the harbour | Gazette</title><meta property="og:title" content="Storm closes the harbour">${jsonLd({ '@type': 'NewsArticle', headline: 'Storm closes the harbour' })}`,
      expected: { titles: ['Storm closes the harbour', 'Storm closes the harbour | Gazette'], authors: [] },
    },
    {
      name: 'JSON-LD wins over meta tags',
      html: `<meta property="og:site_name" content="Gazette"><meta property="article:published_time" content="2024-05-02">${jsonLd(newsArticle)}`,
      expected: {
        titles: ['Storm closes the harbour'],
        authors: ['Jane Doe'],
        published: '2024-05-01T09:30:00+01:00',
        source: 'The Harbour Gazette',
        url: 'https://news.example.com/2024/05/storm',
      },
    },
    {
      name: 'meta tags a broken page left in its body still count',
      html: '<p>Text.</p><meta property="og:title" content="Storm closes the harbour"><link rel="canonical" href="https://news.example.com/storm">',
      expected: { titles: ['Storm closes the harbour'], authors: [], url: 'https://news.example.com/storm' },
    },
    {
      name: 'the meta description',
      html: '<meta name="description" content="A storm closed the harbour on Wednesday.">',
      expected: { titles: [], authors: [], description: 'A storm closed the harbour on Wednesday.' },
    },
    { name: 'a page that states nothing', html: '<p>Only text.</p>', expected: { titles: [], authors: [] } },
  ])('$name', ({ html, expected }) => {
    expect(meta(html)).toEqual(expected);
  });
});
