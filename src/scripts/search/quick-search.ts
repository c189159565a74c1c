import { commonWordsOnly, commonWordsText } from '../../lib/search/common-words.ts';
import { statusParts } from '../../lib/search/status-text.ts';
import type { ShardedSearch } from '../../lib/search/sharded-search.ts';
import { arrowKeys } from './keyboard.ts';
import { renderHits } from './render-hit.ts';
import { showStatus } from './search-messages.ts';
import { asTyped } from './typing.ts';

/** Results shown under the header's search box. */
const quickCount = 5;
const typingDelay = 50;

/**
 * The header's search box: as a person types, the top results appear under it, with a link to
 * all results on the search page. Enter still submits the form to the search page; Escape closes.
 */
export function mountQuickSearch(form: HTMLFormElement, engine: ShardedSearch): void {
  const panel = form.parentElement?.querySelector<HTMLElement>('[data-search-quick]');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = panel?.querySelector<HTMLElement>('[role="status"]');
  const list = panel?.querySelector<HTMLUListElement>('ul');
  const all = panel?.querySelector<HTMLAnchorElement>('[data-search-all]');
  if (!panel || !input || !status || !list || !all) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let run = 0;
  void engine.manifest().catch(() => undefined);

  const search = async () => {
    const token = ++run;
    const q = input.value.trim();
    if (q === '') {
      panel.hidden = true;
      list.replaceChildren();
      return;
    }
    const common = commonWordsOnly(q);
    if (common) {
      list.replaceChildren();
      all.hidden = true;
      status.textContent = commonWordsText(common);
      panel.hidden = false;
      return;
    }
    try {
      const hits = await engine.search(q);
      const top = hits.slice(0, quickCount);
      const items = await renderHits(top, engine, { base, heading: false, snippetWords: 14 });
      if (token !== run) return;
      list.replaceChildren(...items);
      all.href = `${form.action}?${new URLSearchParams({ q })}`;
      all.hidden = hits.length <= quickCount;
      showStatus(status, statusParts(q, hits.length));
      panel.hidden = false;
    } catch (error) {
      if (token !== run) return;
      status.textContent = `Search is unavailable: ${error instanceof Error ? error.message : String(error)}`;
      panel.hidden = false;
    }
  };

  const typing = asTyped(() => void search(), typingDelay, (value) => engine.prefetch(value));
  input.addEventListener('input', () => typing.input(input.value));
  const root = form.parentElement ?? form;
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    panel.hidden = true;
    input.focus();
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.children.length > 0) panel.hidden = false;
  });
  arrowKeys(input, list);
  if (input.value.trim()) void search();
}
