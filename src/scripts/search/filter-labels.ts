import { optionLabel } from '../../lib/search/facet-counts.ts';

/**
 * Label each option of a filter with its count: the build-time article count (`data-count`)
 * when `counts` is null (no query), else the query's result count for that option (by option
 * value; absent means 0). The option's name is its `data-name`, else its value; the "Any …"
 * option (value '') has no count.
 */
export function labelOptions(select: HTMLSelectElement | null, counts: ReadonlyMap<string, number> | null): void {
  if (!select) return;
  for (const option of select.options) {
    if (option.value === '') continue;
    const name = option.dataset['name'] ?? option.value;
    const count = counts === null ? Number(option.dataset['count'] ?? 0) : (counts.get(option.value) ?? 0);
    const label = optionLabel(name, count);
    if (option.textContent !== label) option.textContent = label;
  }
}

/** A map with string keys, as option values are. */
export function byValue<K>(counts: ReadonlyMap<K, number>): Map<string, number> {
  return new Map([...counts].map(([key, count]) => [String(key), count]));
}
