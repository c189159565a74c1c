/** 32-bit FNV-1a over a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  return spanHash(text, 0, text.length);
}

/** `fnv1a` of the part of a text from `from` to `to` (exclusive), without making it a string. */
export function spanHash(text: string, from: number, to: number): number {
  // The start value as a signed 32-bit integer, as `Math.imul` gives: the hash stays an integer.
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
