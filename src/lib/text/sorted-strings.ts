/** The index of the first of `sorted` (code-unit order) that is not before `value`: where it is, or would go (a binary search). */
export function firstNotBefore(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
