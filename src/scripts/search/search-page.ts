import { readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state';
import { statusText } from '../../lib/search/status-text';
import type { SearchHit, ShardedSearch } from '../../lib/search/sharded-search';
import { arrowKeys } from './keyboard';
import { renderHits } from './render-hit';
import { asTyped } from './typing';

/** Results shown at a time; "Show more results" adds as many again. */
const pageSize = 10;
/** Keys closer together than this are typed in one go: search once they stop. */
const typingDelay = 50;

/**
 * The search page: query and filters from the URL, results as you type, filters that narrow,
 * `replaceState` while typing and `pushState` for submitted searches and filter changes, so
 * back and forward step through searches and a copied URL shows the same results.
 */
export function mountSearchPage(form: HTMLFormElement, engine: ShardedSearch): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const year = form.querySelector<HTMLSelectElement>('select[name="year"]');
  const source = form.querySelector<HTMLSelectElement>('select[name="source"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!input || !year || !source || !status || !list || !more) {
    throw new Error('Search: the search page lacks its input, Year and Source selects, status, result list or more button.');
  }
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let hits: SearchHit[] = [];
  let shown = 0;
  let run = 0;

  const current = (): SearchState => ({
    q: input.value.trim(),
    year: year.value ? Number(year.value) : null,
    source: source.value || null,
  });
  const show = (state: SearchState) => {
    input.value = state.q;
    year.value = state.year === null ? '' : String(state.year);
    source.value = state.source ?? '';
  };
  const remember = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${writeSearchState(current())}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const scope = (state: SearchState) =>
    (state.year === null ? '' : ` in ${state.year}`) + (state.source === null ? '' : ` from ${state.source}`);

  const showMore = async (token: number) => {
    const page = hits.slice(shown, shown + pageSize);
    const items = await renderHits(page, engine, { base, heading: true, snippetWords: 30 });
    if (token !== run) return;
    list.append(...items);
    shown += page.length;
    more.hidden = shown >= hits.length;
  };

  const search = async () => {
    const token = ++run;
    const state = current();
    if (state.q === '') {
      hits = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = statusText('', 0);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const found = await engine.search(state.q, state);
      if (token !== run) return;
      hits = found;
      shown = 0;
      list.replaceChildren();
      await showMore(token);
      if (token !== run) return;
      status.textContent = statusText(state.q, hits.length, scope(state));
    } catch (error) {
      if (token !== run) return;
      status.textContent = `Search is unavailable: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      if (token === run) list.removeAttribute('aria-busy');
    }
  };

  // The URL follows the results once they are painted: updating it takes a few milliseconds and
  // makes the browser look at the page's icon again, work that would otherwise delay the paint.
  const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));
  const typing = asTyped(() => void search().finally(() => afterPaint(() => remember('replace'))), typingDelay, (value) =>
    engine.prefetch(value),
  );
  input.addEventListener('input', () => typing.input(input.value));
  for (const select of [year, source]) {
    select.addEventListener('change', () => {
      remember('push');
      void search();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing.cancel();
    remember('push');
    void search();
  });
  more.addEventListener('click', () => {
    const next = list.children.length;
    void showMore(run).then(() => list.querySelectorAll('a')[next]?.focus());
  });
  window.addEventListener('popstate', () => {
    show(readSearchState(location.search));
    void search();
  });
  arrowKeys(input, list);

  const initial = readSearchState(location.search);
  if (initial.q || initial.year !== null || initial.source !== null) show(initial);
  // A query typed before the element loaded belongs in the URL too.
  else remember('replace');
  void search();
}
