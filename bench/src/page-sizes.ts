import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder, htmlFiles } from './measure-build.ts';

/** Raw and gzipped size of one file or a set of files. */
export interface Size {
  /** URL path of the page, or a description of the set. */
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface PageSizes {
  readonly home: Size | null;
  /** The article page of median size. */
  readonly article: Size | null;
  /** The largest timeline page (a year, or the undated articles). */
  readonly timeline: Size | null;
  readonly timelineIndex: Size | null;
  readonly search: Size | null;
  /** Every search index file in total. */
  readonly searchIndex: (Size & { readonly files: number }) | null;
  /** The largest HTML page, gzipped. */
  readonly largestPage: Size | null;
  readonly pages: number;
}

function sizeOf(dist: string, file: string): Size {
  const bytes = readFileSync(file);
  const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
}

function pageOf(dist: string, urlPath: string): Size | null {
  const file = join(dist, ...urlPath.split('/').filter(Boolean), 'index.html');
  return existsSync(file) ? sizeOf(dist, file) : null;
}

/** Index files: anything under the site that is not a page, script, style, image or feed, and names search. */
export function searchIndexFiles(dist: string): string[] {
  return filesUnder(dist)
    .filter((path) => {
      const rel = relative(dist, path);
      return !rel.startsWith(`pagefind${sep}`) && /search|index/i.test(rel) && !/\.(html|xml|css|js|mjs|map|txt|png|svg|ico|jpe?g|webp|woff2?)$/i.test(basename(path));
    })
    .sort();
}

/** Sizes of each page type, of the search index and of the largest page in `dist`. */
export function measurePageSizes(dist: string): PageSizes {
  const all = htmlFiles(dist);
  const articleDir = join(dist, 'articles');
  const articles = existsSync(articleDir)
    ? readdirSync(articleDir)
        .map((slug) => join(articleDir, slug, 'index.html'))
        .filter((file) => existsSync(file))
        .map((file) => ({ file, size: statSync(file).size }))
        .sort((a, b) => a.size - b.size)
    : [];
  const middle = articles[Math.floor(articles.length / 2)];
  const timelineDir = join(dist, 'timeline');
  const years = existsSync(timelineDir)
    ? readdirSync(timelineDir)
        .map((year) => join(timelineDir, year, 'index.html'))
        .filter((file) => existsSync(file))
        .map((file) => ({ file, size: statSync(file).size }))
        .sort((a, b) => b.size - a.size)
    : [];
  let largest: Size | null = null;
  for (const file of all) {
    const size = sizeOf(dist, file);
    if (largest === null || size.gzip > largest.gzip) largest = size;
  }
  const indexFiles = searchIndexFiles(dist);
  const searchIndex =
    indexFiles.length === 0
      ? null
      : indexFiles.reduce(
          (sum, file) => {
            const bytes = readFileSync(file);
            return { ...sum, raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes).length, files: sum.files + 1 };
          },
          { path: `${indexFiles.length} files`, raw: 0, gzip: 0, files: 0 },
        );
  return {
    home: pageOf(dist, '/'),
    article: middle === undefined ? null : sizeOf(dist, middle.file),
    timeline: years[0] === undefined ? null : sizeOf(dist, years[0].file),
    timelineIndex: pageOf(dist, '/timeline/'),
    search: pageOf(dist, '/search/'),
    searchIndex,
    largestPage: largest,
    pages: all.length,
  };
}

