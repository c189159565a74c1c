import { snippetFor } from '../../lib/search/snippet.ts';
import type { SearchHit, ShardedSearch } from '../../lib/search/sharded-search.ts';
import type { SearchDocRecord } from '../../lib/search/types.ts';

export interface RenderOptions {
  /** The site's base path, ending in `/`. */
  readonly base: string;
  /** Whether the title is a heading (the search page) or a plain line (the header's quick results). */
  readonly heading: boolean;
  /** Words in the snippet. */
  readonly snippetWords: number;
}

/**
 * The hits as list items, in rank order. Each is built as its document arrives, while the others
 * are still on their way, so that showing them all together costs only the last one's work.
 */
export function renderHits(hits: readonly SearchHit[], engine: Pick<ShardedSearch, 'doc'>, options: RenderOptions): Promise<HTMLLIElement[]> {
  return Promise.all(hits.map(async (hit) => renderHit(await engine.doc(hit.doc), hit.terms, options)));
}

/**
 * One result as a list item: the title as a link to the article, the date, source and byline, and a snippet with
 * the matched words in `<mark>`. Built with DOM APIs only: seed text is always text, never markup.
 */
function renderHit(record: SearchDocRecord, terms: readonly string[], options: RenderOptions): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `${options.base}articles/${record.slug}/`;
  link.textContent = record.title;
  const heading = document.createElement(options.heading ? 'h2' : 'p');
  heading.className = 'search-title';
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-meta';
  const time = document.createElement('time');
  if (record.date) time.dateTime = record.date;
  time.textContent = record.dateText;
  meta.append(record.date ? time : record.dateText);
  if (record.source) meta.append(` · ${record.source}`);
  if (record.byline) meta.append(` · ${record.byline}`);
  const snippet = document.createElement('p');
  snippet.className = 'search-snippet';
  for (const part of snippetFor(record.text, terms, { words: options.snippetWords })) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      snippet.append(mark);
    } else {
      snippet.append(part.text);
    }
  }
  item.append(heading, meta, snippet);
  return item;
}
