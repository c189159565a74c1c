/**
 * The entries of a posting shard's text (`[entry,…]`, each entry `["term",[…],…]` as `groupFiles`
 * writes it), by term, each as its own JSON text, without parsing its postings: a patch of the
 * index decodes only the terms a changed document touches, and writes the others' texts back as
 * they were (parsing and stringifying every posting of a touched group was most of its time).
 * Throws, naming `path`, for a text of another shape.
 */
export function shardEntries(text: string, path: string): Map<string, string> {
  const entries = new Map<string, string>();
  const fail = (at: number): never => {
    throw new Error(`search index: ${path} is not a posting shard (unexpected text at character ${at}); build again with --full.`);
  };
  if (text.charCodeAt(0) !== openBracket || text.charCodeAt(text.length - 1) !== closeBracket) fail(0);
  const end = text.length - 1;
  let at = 1;
  while (at < end) {
    const start = at;
    if (text.charCodeAt(at) !== openBracket || text.charCodeAt(at + 1) !== quote) fail(at);
    // The term: a JSON string, whose escapes may hide a quote.
    let j = at + 2;
    let escaped = false;
    for (; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === backslash) {
        escaped = true;
        j++;
      } else if (c === quote) break;
    }
    if (j >= end) fail(start);
    const term = escaped ? (JSON.parse(text.slice(at + 1, j + 1)) as string) : text.slice(at + 2, j);
    // The postings: numbers, commas and brackets only, to the bracket that closes the entry.
    let depth = 1;
    for (j++; depth > 0 && j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === openBracket) depth++;
      else if (c === closeBracket) depth--;
      else if (c === quote) fail(j);
    }
    if (depth > 0) fail(start);
    entries.set(term, text.slice(start, j));
    if (j < end && text.charCodeAt(j) !== comma) fail(j);
    at = j + 1;
  }
  return entries;
}

const openBracket = 0x5b;
const closeBracket = 0x5d;
const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
