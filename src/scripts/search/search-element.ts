import { ShardedSearch } from '../../lib/search/sharded-search.ts';
import { indexFileLoader, indexRoot } from './fetch-index-file.ts';
import { mountQuickSearch } from './quick-search.ts';
import { mountSearchPage } from './search-page.ts';

/**
 * Turn the page's search forms into live search: the search page's form (`data-search-page`)
 * gets filters, URL state and the full result list; header forms get a short list of quick results.
 * One index client serves them all, so shards fetched by one are reused by the others.
 */
export function upgrade(root: Document, manifest?: Promise<Response>): void {
  const engine = new ShardedSearch(indexFileLoader(manifest), indexRoot());
  for (const form of root.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
    if (form.dataset['searchPage'] !== undefined) mountSearchPage(form, engine);
    else mountQuickSearch(form, engine);
  }
}
