/**
 * The only script on ordinary pages, and tiny: it waits for a person to focus or type in a
 * search form, then loads the search element, fetching the index manifest at the same time.
 * The search page focuses its own box as it opens, so there it waits for a key or a click
 * instead; opened with `?q=`, it loads both at once.
 * It also hides the "search needs JavaScript" notice, which only browsers without scripts keep,
 * puts the search page's invitation in its place, and sets its filters as its URL says.
 */
import { chooseOption } from './choose-option.ts';

for (const notice of document.querySelectorAll<HTMLElement>('[data-search-needs-js]')) notice.hidden = true;
// The search page's status line invites a query (its `data-invitation`) until the element has something to say.
const status = document.querySelector<HTMLElement>('[data-search-status]');
if (status && status.textContent === '') status.textContent = status.dataset['invitation'] ?? '';

// The search page's filters show its URL's choices at once (`?person=Mike+Pompeo`, from a name's
// page), before the element loads; the element reads the URL again when it does.
const params = new URLSearchParams(location.search);
for (const select of document.querySelectorAll<HTMLSelectElement>('form[data-search-page] select')) {
  const value = params.get(select.name);
  if (value) chooseOption(select, value);
}

let loading: Promise<void> | undefined;

function upgrade(): Promise<void> {
  if (!loading) {
    const manifest = fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search-index/manifest.json`, { cache: 'no-cache' });
    // Until the element handles it, a failed fetch is not an unhandled rejection.
    manifest.catch(() => undefined);
    loading = import('./search-element.ts').then((element) => element.upgrade(document, manifest));
  }
  return loading;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
  const uses = form.dataset['searchPage'] === undefined ? ['focusin', 'input'] : ['keydown', 'pointerdown', 'input'];
  for (const use of uses) form.addEventListener(use, upgrade, { once: true });
}

if (document.querySelector('form[data-search-page]') && params.has('q')) {
  void upgrade();
}
