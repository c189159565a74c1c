import { writeSearchState, type SearchState } from '../../lib/search/url-state.ts';
import type { StatusParts } from '../../lib/search/status-text.ts';

/**
 * The status line, with the quoted query in its own element, which the stylesheet cuts to one
 * line with an ellipsis (`.search-echo`): a long query never pushes the results down the page.
 * The whole query stays in the text, for screen readers and for copying.
 */
export function showStatus(status: HTMLElement, parts: StatusParts): void {
  if (parts.query === '') {
    status.textContent = parts.before + parts.after;
    return;
  }
  const echo = document.createElement('span');
  echo.className = 'search-echo';
  echo.textContent = parts.query;
  status.replaceChildren(parts.before, echo, parts.after);
}

/**
 * "Showing results for “pompeo”. Search instead for “pompao”": shown when some words of the query
 * were matched with a typo, the link searching for exactly what was typed (`exact=1`). Hidden
 * when `corrected` is null.
 */
export function showCorrection(element: HTMLElement, corrected: string | null, state: SearchState, path: string): void {
  element.hidden = corrected === null;
  if (corrected === null) {
    element.replaceChildren();
    return;
  }
  const strong = document.createElement('strong');
  strong.textContent = `“${corrected}”`;
  const link = document.createElement('a');
  link.href = `${path}${writeSearchState({ ...state, exact: true })}`;
  link.textContent = `“${state.q}”`;
  element.replaceChildren('Showing results for ', strong, '. Search instead for ', link, '.');
}
