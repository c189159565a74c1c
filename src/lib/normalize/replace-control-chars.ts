/**
 * Characters that are not text: the C0 controls but tab, line feed and carriage return, the
 * noncharacters U+FFFE and U+FFFF, and a surrogate without its pair. XML 1.0 forbids them (one
 * makes the RSS feed unreadable), HTML calls them parse errors, and no article means them.
 */
const notText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The two that separate words as a tab does: a vertical tab and a form feed become a space. */
const spacing = /[\u000b\u000c]/;

/** A text without the characters that are not text, and how many there were. */
export interface Replaced<T> {
  readonly value: T;
  readonly count: number;
}

/**
 * `text` with each character that is not text replaced: a vertical tab or a form feed by a
 * space, every other one dropped; and their count. Tab, line feed and carriage return are text.
 */
export function replaceControlChars(text: string): Replaced<string> {
  let count = 0;
  const value = text.replace(notText, (ch) => {
    count += 1;
    return spacing.test(ch) ? ' ' : '';
  });
  return { value, count };
}

/**
 * `replaceControlChars` over every string in plain data (arrays and objects, as parsed YAML or a
 * page's blocks are), with the total count; other values are kept. The input is not changed.
 */
export function replaceControlCharsIn<T>(data: T): Replaced<T> {
  let count = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const replaced = replaceControlChars(value);
      count += replaced.count;
      return replaced.value;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [walk(key), walk(item)]));
    }
    return value;
  };
  const value = walk(data) as T;
  return { value, count };
}

/** The first character of `text` that is not text: where it is, and its name as `U+0008` for a message; undefined when none. */
export function firstControlChar(text: string): { readonly index: number; readonly name: string } | undefined {
  const found = new RegExp(notText.source).exec(text);
  if (found === null) return undefined;
  return { index: found.index, name: `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` };
}
