/** Wire agencies and how the text may name them; the value is the name the record gives. */
const wires: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:AFP|Agence France[- ]Presse)$/iu, 'AFP'],
  [/^(?:AP|Associated Press|The Associated Press)$/u, 'Associated Press'],
  [/^(?:Reuters|REUTERS|Thomson Reuters)$/u, 'Reuters'],
  [/^(?:dpa|DPA)$/u, 'dpa'],
  [/^(?:Xinhua|XINHUA)$/u, 'Xinhua'],
  [/^(?:UPI|United Press International)$/u, 'UPI'],
  [/^(?:Bloomberg)$/u, 'Bloomberg'],
  [/^(?:PTI|ANI|IANS|TASS|EFE|ANSA|AAP|Kyodo|Yonhap|Anadolu|Anadolu Agency|RIA Novosti|Interfax)$/u, ''],
];
const wireNames = String.raw`AFP|Agence France[- ]Presse|AP|(?:The )?Associated Press|Reuters|REUTERS|dpa|DPA|Xinhua|UPI|Bloomberg|PTI|ANI|IANS|TASS|EFE|ANSA|AAP|Kyodo|Yonhap|Anadolu(?: Agency)?|RIA Novosti|Interfax`;
/** "(AFP)", "(Reuters) -" in a dateline, or a closing "— Associated Press" / "(AFP)" line. */
const inParens = new RegExp(String.raw`\((${wireNames})\)`, 'u');
const signOff = new RegExp(String.raw`^(?:[—–-]+\s*|\()?(${wireNames})\)?\.?$`, 'u');
const byAgency = new RegExp(String.raw`(?:,|\bfor|\|)\s*(?:the\s+)?(${wireNames})\s*$`, 'u');
const copyright =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})/u;
const notPublisher = /^(?:all|rights|copyright|the)$/iu;

/**
 * The wire agency or publisher the text itself states: a dateline "(AFP)", a sign-off line
 * "— Associated Press", an agency after a byline ("Jane Doe, Reuters"), or a copyright line's
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
    if (m?.[1]) return canonical(m[1]);
  }
  for (const i of bylineLines) {
    const m = byAgency.exec(lines[i] ?? '');
    if (m?.[1]) return canonical(m[1]);
  }
  for (const i of tail) {
    const line = (lines[i] ?? '').trim();
    const m = signOff.exec(line);
    if (m?.[1]) return canonical(m[1]);
  }
  for (const i of tail) {
    const m = copyright.exec((lines[i] ?? '').trim());
    const owner = m?.[1]?.replace(/[.,]+$/u, '').replace(/\s+(?:LLC|Inc|Ltd|Limited|plc|Corp|Corporation|Co|All|Rights)$/iu, '');
    if (owner && !notPublisher.test(owner) && owner.length >= 2) return owner;
  }
  return null;
}

function canonical(name: string): string {
  for (const [pattern, value] of wires) if (pattern.test(name)) return value || name;
  return name;
}
