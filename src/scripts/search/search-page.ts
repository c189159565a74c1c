import { commonWordsOnly, commonWordsText } from '../../lib/search/common-words.ts';
import { correctedQuery } from '../../lib/search/correction.ts';
import type { EntityKind } from '../../lib/entities/entity-kinds.ts';
import { facetCounts } from '../../lib/search/facet-counts.ts';
import { hasFilters, nameFilters, type NameFilter } from '../../lib/search/search-filters.ts';
import { fillSearchState, readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state.ts';
import { scopeText, statusParts } from '../../lib/search/status-text.ts';
import type { SearchHit, ShardedSearch } from '../../lib/search/sharded-search.ts';
import { byValue, labelOptions } from './filter-labels.ts';
import { arrowKeys } from './keyboard.ts';
import { renderHits } from './render-hit.ts';
import { showCorrection, showStatus } from './search-messages.ts';
import { asTyped } from './typing.ts';
import { chooseOption } from './choose-option.ts';

/** Results shown at a time; "Show more results" adds as many again. */
const pageSize = 10;
/** Keys closer together than this are typed in one go: search once they stop. */
const typingDelay = 50;

/** The parts of the search page the element drives. */
interface PageParts {
  readonly input: HTMLInputElement;
  readonly year: HTMLSelectElement;
  /** Absent when no article names its source. */
  readonly source: HTMLSelectElement | null;
  /** The Person, Place and Organization filters the page has (each absent when no name of its kind has a page). */
  readonly names: readonly { readonly filter: NameFilter; readonly kind: EntityKind; readonly select: HTMLSelectElement }[];
  readonly status: HTMLElement;
  readonly correction: HTMLElement;
  readonly suggestions: HTMLElement;
  readonly list: HTMLOListElement;
  readonly more: HTMLButtonElement;
}

function findParts(form: HTMLFormElement): PageParts {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const year = form.querySelector<HTMLSelectElement>('select[name="year"]');
  const source = form.querySelector<HTMLSelectElement>('select[name="source"]');
  const names = nameFilters.flatMap(({ filter, kind }) => {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${filter}"]`);
    return select ? [{ filter, kind, select }] : [];
  });
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const correction = document.querySelector<HTMLElement>('[data-search-correction]');
  const suggestions = document.querySelector<HTMLElement>('[data-search-suggestions]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!input || !year || !status || !correction || !suggestions || !list || !more) {
    throw new Error('Search: the search page lacks its input, Year select, status, correction, suggestions, result list or more button.');
  }
  return { input, year, source, names, status, correction, suggestions, list, more };
}

/**
 * The search page: query and filters from the URL, results as you type, filters that narrow and
 * show their result counts, the messages that explain a search (very common words, a corrected
 * typo, no results and where to go instead), `replaceState` while typing and `pushState` for
 * submitted searches and filter changes, so back and forward step through searches and a copied
 * URL shows the same results.
 */
export function mountSearchPage(form: HTMLFormElement, engine: ShardedSearch): void {
  const parts = findParts(form);
  const { list, more } = parts;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let hits: SearchHit[] = [];
  let shown = 0;
  let run = 0;
  let exact = false;
  /** The kinds of names whose options have been counted: counted again whenever the others are, so no menu shows another query's counts. */
  const counted = new Set<EntityKind>();

  const current = (): SearchState => readForm(parts, exact);
  const show = (state: SearchState) => {
    showForm(parts, state);
    exact = state.exact;
  };
  const remember = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${writeSearchState(current())}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const showMore = async (token: number) => {
    const page = hits.slice(shown, shown + pageSize);
    const items = await renderHits(page, engine, { base, heading: true, snippetWords: 30 });
    if (token !== run) return;
    list.append(...items);
    shown += page.length;
    more.hidden = shown >= hits.length;
  };

  // The options' result counts need facets.json (and a name filter's names): fetched once a
  // person opens that filter or one is set.
  const count = (kind?: EntityKind) => {
    const token = run;
    const state = current();
    for (const { filter, kind: each } of parts.names) if (each === kind || state[filter] !== null) counted.add(each);
    if (state.q !== '' && !commonWordsOnly(state.q)) void countResults(engine, state, [...counted], parts, () => token === run);
  };

  const search = async () => {
    const token = ++run;
    const state = current();
    const common = commonWordsOnly(state.q);
    if (state.q === '' || common) {
      hits = [];
      list.replaceChildren();
      more.hidden = true;
      explainNothing(parts, state, common);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const [found, typos] = await Promise.all([engine.search(state.q, state, state), engine.typoTerms(state.q, state)]);
      if (token !== run) return;
      hits = found;
      shown = 0;
      list.replaceChildren();
      await showMore(token);
      if (token !== run) return;
      explainResults(parts, state, hits, typos);
      if (hasFilters(state)) count();
    } catch (error) {
      if (token !== run) return;
      parts.status.textContent = `Search is unavailable: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      if (token === run) list.removeAttribute('aria-busy');
    }
  };

  listen(form, parts, engine, {
    search,
    remember,
    showMore: (focusFrom) => void showMore(run).then(() => list.querySelectorAll('a')[focusFrom]?.focus()),
    count,
    restore: (state) => show(state),
    typed: () => {
      // "Search instead for" applies to the query it was offered for, not to the next one.
      exact = false;
    },
  });
  // The URL's query and filters; what a person typed or chose before the element loaded fills
  // the parts the URL leaves empty, and belongs in the URL too.
  show(fillSearchState(readSearchState(location.search), current()));
  remember('replace');
  void search();
}

/** The state the form shows; `exact` is not in the form (it comes from the URL's `exact=1`). */
function readForm({ input, year, source, names }: PageParts, exact: boolean): SearchState {
  const chosen = (filter: NameFilter) => names.find((n) => n.filter === filter)?.select.value || null;
  return {
    q: input.value.trim(),
    year: year.value === 'undated' || year.value === 'dated' ? year.value : year.value ? Number(year.value) : null,
    source: source?.value || null,
    person: chosen('person'),
    place: chosen('place'),
    organization: chosen('organization'),
    exact,
  };
}

/** Show a state in the form (see `chooseOption` for a value a filter does not list). */
function showForm({ input, year, source, names }: PageParts, state: SearchState): void {
  input.value = state.q;
  chooseOption(year, state.year === null ? '' : String(state.year));
  if (source) chooseOption(source, state.source ?? '');
  for (const { filter, select } of names) chooseOption(select, state[filter] ?? '');
}


/** What the page's events do. */
interface Handlers {
  readonly search: () => Promise<void>;
  readonly remember: (mode: 'push' | 'replace') => void;
  /** Show the next page of results, then focus the first new one (the link at `focusFrom`). */
  readonly showMore: (focusFrom: number) => void;
  /** Show a state from the URL (back and forward). */
  readonly restore: (state: SearchState) => void;
  /** The person changed the query. */
  readonly typed: () => void;
  /** Label the filter options with the query's result counts; `kind`: a name filter was opened, so count its names too. */
  readonly count: (kind?: EntityKind) => void;
}

/**
 * Search as the query changes, push a state for a submitted search or a filter change, follow
 * back and forward. The URL follows the results once they are painted: updating it takes a few
 * milliseconds and makes the browser look at the page's icon again, work that would otherwise
 * delay the paint.
 */
function listen(form: HTMLFormElement, parts: PageParts, engine: ShardedSearch, on: Handlers): void {
  const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));
  const typing = asTyped(() => void on.search().finally(() => afterPaint(() => on.remember('replace'))), typingDelay, (value) =>
    engine.prefetch(value),
  );
  parts.input.addEventListener('input', () => {
    on.typed();
    typing.input(parts.input.value);
  });
  const filters: readonly { readonly select: HTMLSelectElement; readonly kind?: EntityKind }[] = [
    { select: parts.year },
    ...(parts.source ? [{ select: parts.source }] : []),
    ...parts.names,
  ];
  for (const { select, kind } of filters) {
    select.addEventListener('change', () => {
      on.remember('push');
      void on.search();
    });
    // Before its options show: a filter's counts cost a file that a search without filters never needs.
    select.addEventListener('focus', () => on.count(kind));
    select.addEventListener('pointerdown', () => on.count(kind));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing.cancel();
    on.remember('push');
    void on.search();
  });
  parts.more.addEventListener('click', () => on.showMore(parts.list.children.length));
  window.addEventListener('popstate', () => {
    on.restore(readSearchState(location.search));
    void on.search();
  });
  arrowKeys(parts.input, parts.list);
}

/** The messages for an empty query (the invitation) or one of very common words only (and the suggestions). */
function explainNothing(parts: PageParts, state: SearchState, common: readonly string[] | null): void {
  showCorrection(parts.correction, null, state, location.pathname);
  parts.suggestions.hidden = common === null;
  if (common) parts.status.textContent = commonWordsText(common);
  else showStatus(parts.status, statusParts('', 0));
  labelFilters(parts, null);
}

/** The messages for a query's results: the count, a corrected typo, and the suggestions when there are none. */
function explainResults(parts: PageParts, state: SearchState, hits: readonly SearchHit[], typos: readonly string[]): void {
  showStatus(parts.status, statusParts(state.q, hits.length, scopeText(state)));
  showCorrection(parts.correction, correctedQuery(state.q, typos, hits), state, location.pathname);
  parts.suggestions.hidden = hits.length > 0;
}

/**
 * Label the filter options with the query's result counts (they need `facets.json` and the names
 * of `kinds`, which the results never wait for). `current` says whether the query is still the page's.
 */
async function countResults(engine: ShardedSearch, state: SearchState, kinds: readonly EntityKind[], parts: PageParts, current: () => boolean): Promise<void> {
  try {
    const [all, data] = await Promise.all([engine.search(state.q, undefined, state), engine.facetData(state, kinds)]);
    if (!current()) return;
    labelFilters(parts, facetCounts(data, all.map((hit) => hit.doc), state));
  } catch {
    // The results are shown; the options keep their article counts.
  }
}

/** The options' counts: the query's (`counts`; a name filter whose names it lacks is left as it is), or the archive's when null. */
function labelFilters(parts: PageParts, counts: ReturnType<typeof facetCounts> | null): void {
  labelOptions(parts.year, counts && byValue(counts.years));
  labelOptions(parts.source, counts && byValue(counts.sources));
  for (const { kind, select } of parts.names) {
    const names = counts ? counts.names[kind] : null;
    if (names !== undefined) labelOptions(select, names);
  }
}
