import { key } from './entity-key.ts';

/**
 * One key for each name of an archive, with variants merged: a name that is another's first and
 * last words ("Ali Ayoub" of "Ali Abdullah Ayoub") or its last word alone ("Pompeo") is that name,
 * when exactly one longer name fits; spellings that differ in accents, case or particles
 * ("Erdoğan", "Erdogan"; "Bashar al-Assad", "Bashar Assad") share a key already (`key`).
 * Returns the key of any name; a name it was not given gets its own key.
 */
export function mergeNames(names: Iterable<string>): (name: string) => string {
  const keys = [...new Set([...names].map(key))].filter((k) => k !== '');
  const words = new Map(keys.map((k) => [k, k.split(' ')]));
  // A longer name fits only when it ends with the same word: compare within those, so the work
  // grows with the names, not with their pairs.
  const byLast = new Map<string, string[]>();
  for (const k of keys) {
    const last = words.get(k)?.at(-1) ?? '';
    const list = byLast.get(last);
    if (list) list.push(k);
    else byLast.set(last, [k]);
  }
  const merged = new Map<string, string>();
  for (const k of keys) {
    const own = words.get(k) ?? [];
    const first = own[0];
    const last = own.at(-1);
    const fits = (byLast.get(last ?? '') ?? []).filter((other) => {
      const w = words.get(other) ?? [];
      return w.length > own.length && w.at(-1) === last && (own.length === 1 || (w[0] === first && own.every((x) => w.includes(x))));
    });
    if (fits.length === 1 && fits[0] !== undefined) merged.set(k, fits[0]);
  }
  return (name) => {
    const k = key(name);
    return merged.get(k) ?? k;
  };
}
