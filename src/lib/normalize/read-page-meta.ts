import type { Element, Root, RootContent } from 'hast';
import { collapse, type PageMeta } from './page-blocks.ts';
import { readAuthorMarkup } from './read-author-markup.ts';

/** schema.org types whose JSON-LD describes an article. */
const articleType = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$/u;

/** What a saved page's head says: meta tags by name or property, links by rel, JSON-LD objects, the document title. */
interface Head {
  readonly meta: Map<string, string[]>;
  readonly links: Map<string, string>;
  readonly jsonLd: Record<string, unknown>[];
  readonly title: string;
}

/**
 * The metadata a saved page states about its article: schema.org JSON-LD (a NewsArticle and its
 * kin, also inside `@graph`), Open Graph and other meta tags, the canonical link, the document
 * title, and the authors its markup tags in the text. Values are as the page gives them, trimmed; nothing is checked against the text here.
 */
export function readPageMeta(tree: Root): PageMeta {
  const head = collect(tree);
  const article = head.jsonLd.find((o) => types(o).some((t) => articleType.test(t)));
  const first = (...names: string[]): string | undefined => {
    for (const n of names) {
      const v = head.meta.get(n)?.find((x) => x.trim());
      if (v) return collapse(v);
    }
    return undefined;
  };
  const titles = unique([text(article?.['headline']), first('og:title', 'twitter:title'), text(article?.['name']), head.title]);
  const published = text(article?.['datePublished']) ?? first('article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date');
  const authors = unique([...names(article?.['author']), ...(head.meta.get('author') ?? []), ...(head.meta.get('article:author') ?? []).filter((a) => !/^https?:/u.test(a)), ...(head.meta.get('parsely-author') ?? [])]);
  const source = text(nameOf(article?.['publisher'])) ?? first('og:site_name', 'application-name');
  const url = [head.links.get('canonical'), first('og:url'), text(article?.['url'])].find((u) => u !== undefined && /^https?:\/\/[^\s/]+/u.test(u));
  const description = text(article?.['description']) ?? first('description', 'og:description');
  const markedAuthors = readAuthorMarkup(tree);
  return {
    titles,
    authors,
    ...(markedAuthors.length > 0 ? { markedAuthors } : {}),
    ...(published ? { published } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
    ...(description ? { description } : {}),
  };
}

/** Gather the head's meta tags, links, JSON-LD and title from anywhere in the document (broken pages put them in the body). */
function collect(tree: Root): Head {
  const head: Head = { meta: new Map(), links: new Map(), jsonLd: [], title: '' };
  let title = '';
  const visit = (node: Root | RootContent): void => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element') {
      const p = node.properties;
      if (node.tagName === 'meta') {
        const key = String(p['property'] ?? p['name'] ?? p['itemProp'] ?? '').toLowerCase();
        // Some saving tools write a meta tag's value as `value` rather than `content`.
        const content = p['content'] ?? p['value'];
        if (key && typeof content === 'string') head.meta.set(key, [...(head.meta.get(key) ?? []), content]);
      } else if (node.tagName === 'link' && typeof p['href'] === 'string') {
        // The first link of each rel counts; rel values are case-insensitive.
        for (const rel of Array.isArray(p['rel']) ? p['rel'].map((r) => String(r).toLowerCase()) : []) if (!head.links.has(rel)) head.links.set(rel, p['href']);
      } else if (node.tagName === 'script' && String(p['type'] ?? '').toLowerCase() === 'application/ld+json') {
        head.jsonLd.push(...parseJsonLd(textOf(node)));
        return;
      } else if (node.tagName === 'title' && !title) title = collapse(textOf(node));
      if (node.tagName === 'svg') return;
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return { ...head, title };
}

/** The objects of a JSON-LD script: top level, in arrays and in `@graph`; nothing when it is not JSON. */
function parseJsonLd(source: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return [];
  }
  const out: Record<string, unknown>[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  add(data);
  return out;
}

function types(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A JSON-LD author value as names: a string, a Person or Organization, or a list of them. */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  const name = text(nameOf(value));
  return name && !/^https?:/u.test(name) ? [name] : [];
}

function nameOf(value: unknown): unknown {
  if (Array.isArray(value)) return nameOf(value[0]);
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['name'] : value;
}

/** A value as trimmed text when it is a non-empty string. */
function text(value: unknown): string | undefined {
  const s = typeof value === 'string' ? collapse(decodeEntities(value)) : '';
  return s || undefined;
}

/** JSON-LD strings sometimes carry HTML entities; the few common ones are decoded. */
function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|apos|lt|gt|#x27|nbsp);/gu, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>', '#x27': "'", nbsp: ' ' })[e] ?? '');
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

function unique(values: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const v of values) if (v && !out.includes(v)) out.push(v);
  return out;
}
