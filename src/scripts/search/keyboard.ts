/**
 * Arrow keys between a search input and its result links: Down from the input goes to the first
 * result, Down and Up move between results, Up from the first goes back to the input.
 * Enter on a result follows its link, as links do.
 */
export function arrowKeys(input: HTMLInputElement, results: HTMLElement): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[Math.min(at + 1, all.length - 1)] : all[at - 1];
    (next ?? input).focus();
  });
}
