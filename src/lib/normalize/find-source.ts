import { capitalised, wireName, wireWords } from './agency-shape.ts';

/** A wire as a dateline or a sign-off names it: a wire's shape, or one capitalised word ("Newswire"). */
const wire = String.raw`(?:${wireName}|${capitalised})`;
/** "WASHINGTON (Newswire) -", "Paris (WNA) —": a dateline's agency, in parentheses before a dash. */
const inParens = new RegExp(String.raw`^[^()]{0,80}?\((${wire})\)\s*[-—–:]`, 'u');
/** A closing "— Newswire", "(WNA)" or "Example Press" line (a bare initialism or "Latest News" is a footer's link). */
const signOff = new RegExp(String.raw`^(?:[—–-]+\s*(${wire})|\((${wire})\)|(${wireWords}))\.?$`, 'u');
/** An agency after a byline: "Jane Doe, WNA", "Jane Doe for The Example Press". */
const byAgency = new RegExp(String.raw`(?:,|\bfor|\|)\s*(${wireName})\s*$`, 'u');
const copyright =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})/u;
const notPublisher = /^(?:all|rights|copyright|the)$/iu;

/**
 * The wire agency or publisher the text itself states: a dateline "(WNA)", a sign-off line
 * "— Example Press", an agency after a byline ("Jane Doe, WNA"), or a copyright line's
 * owner. Null when the text names none; photo credits never count.
 */
export function findSource(
  lines: readonly string[],
  lead: number | null,
  bylineLines: readonly number[],
  tail: readonly number[],
): string | null {
  if (lead !== null) {
    const m = inParens.exec((lines[lead] ?? '').slice(0, 200));
    if (m?.[1]) return m[1];
  }
  for (const i of bylineLines) {
    const m = byAgency.exec(lines[i] ?? '');
    if (m?.[1]) return m[1];
  }
  for (const i of tail) {
    const line = (lines[i] ?? '').trim();
    const m = signOff.exec(line);
    const name = m?.[1] ?? m?.[2] ?? m?.[3];
    if (name) return name;
  }
  for (const i of tail) {
    const m = copyright.exec((lines[i] ?? '').trim());
    const owner = m?.[1]?.replace(/[.,]+$/u, '').replace(/\s+(?:LLC|Inc|Ltd|Limited|plc|Corp|Corporation|Co|All|Rights)$/iu, '');
    if (owner && !notPublisher.test(owner) && owner.length >= 2) return owner;
  }
  return null;
}
