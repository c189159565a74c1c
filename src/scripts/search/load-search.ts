/**
 * The only script on ordinary pages, and tiny: it waits for a person to focus or type in a
 * search form, then loads the search element, fetching the index manifest at the same time.
 * A search page opened with `?q=` loads both at once.
 * It also hides the "search needs JavaScript" notice, which only browsers without scripts keep.
 */
for (const notice of document.querySelectorAll<HTMLElement>('[data-search-needs-js]')) notice.hidden = true;

let loading: Promise<void> | undefined;

function upgrade(): Promise<void> {
  if (!loading) {
    const manifest = fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search-index/manifest.json`, { cache: 'no-cache' });
    // Until the element handles it, a failed fetch is not an unhandled rejection.
    manifest.catch(() => undefined);
    loading = import('./search-element').then((element) => element.upgrade(document, manifest));
  }
  return loading;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
  form.addEventListener('focusin', upgrade, { once: true });
  form.addEventListener('input', upgrade, { once: true });
}

if (document.querySelector('form[data-search-page]') && new URLSearchParams(location.search).has('q')) {
  void upgrade();
}
