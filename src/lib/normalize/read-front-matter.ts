import { createRequire } from 'node:module';
import type Matter from 'gray-matter';
import { partialDatePattern, slugPattern } from '../article/patterns.ts';
import { diagnostic, type Diagnostic } from '../article/diagnostic.ts';
import { frontMatterSchema, maxSlugLength, type FrontMatterRecord } from '../article/schema.ts';
import { findFrontMatterKey } from './find-front-matter-key.ts';
import { keepWrittenDates } from './keep-written-dates.ts';

/** Fields a seed's front matter may set (see `frontMatterSchema`); each overrides what the text would give. */
export type FrontMatterFields = Partial<FrontMatterRecord>;

/** A seed split into its front matter and its text. */
export type FrontMatter =
  | {
      readonly ok: true;
      readonly fields: FrontMatterFields;
      /** The front matter's lines, delimiters included (empty when there is none). */
      readonly lines: string[];
      /** The text after the front matter. */
      readonly content: string;
      readonly warnings: Diagnostic[];
    }
  | { readonly ok: false; readonly error: Diagnostic };

const known: readonly string[] = Object.keys(frontMatterSchema.shape);

// gray-matter (with js-yaml) is loaded the first time a seed has front matter: most have none, and
// loading it took 15 to 25 ms of every ingest that normalizes a seed. It is a CommonJS module.
const require = createRequire(import.meta.url);
let matter: typeof Matter | undefined;
const delimiter = /^---[ \t]*$/;

/** A seed's YAML front matter parsed, its own lines, and the text after it; or what is wrong with it. */
export type FrontMatterSplit =
  | { readonly ok: true; readonly data: Record<string, unknown>; readonly lines: string[]; readonly content: string }
  | { readonly ok: false; readonly error: Diagnostic };

/**
 * Split off optional YAML front matter (between `---` lines at the very top) and parse it with
 * gray-matter. An unclosed block or YAML that does not parse is an error naming the file, the line
 * and the fix. Front matter that is not a mapping reads as none. An unquoted date that is no day of
 * the calendar (`2020-02-30`) is kept as the text written, never as the day YAML rolls it over to.
 * Never throws.
 */
export function splitFrontMatter(file: string, text: string): FrontMatterSplit {
  const rows = text.split(/\r\n|\r|\n/);
  if (!delimiter.test(rows[0] ?? '')) return { ok: true, data: {}, lines: [], content: text };
  const end = rows.findIndex((row, i) => i > 0 && delimiter.test(row));
  if (end === -1) {
    const message = 'front matter opened with --- on line 1 is never closed: add a line --- after the last field, or remove the first line';
    return { ok: false, error: diagnostic('error', file, 'front-matter-unclosed', message, 1) };
  }
  const yaml = rows.slice(1, end).join('\n');
  let data: unknown;
  try {
    // Options are passed so gray-matter does not cache by content; `---` is its default delimiter.
    matter ??= require('gray-matter') as typeof Matter;
    data = matter(`---\n${yaml}\n---\n`, { excerpt: false }).data;
  } catch (cause) {
    // js-yaml counts lines from 0 from the opening ---; a problem found at the start of a line
    // (column 0) was left open on the line before.
    const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
    const reason = String((cause as { reason?: unknown }).reason ?? (cause as Error).message ?? cause).split('\n')[0];
    const at = typeof mark?.line === 'number' ? mark.line + 1 : 2;
    const line = mark?.column === 0 && at > 2 ? at - 1 : at;
    const message = `malformed front matter at line ${line}: ${reason}; fix the YAML between the --- lines (quote values that contain a colon)`;
    return { ok: false, error: diagnostic('error', file, 'front-matter-malformed', message, line) };
  }
  // An impossible unquoted date is judged as written, as its quoted form is, not as YAML rolled it over.
  const mapping = data !== null && typeof data === 'object' && !Array.isArray(data) ? keepWrittenDates(data as Record<string, unknown>, yaml) : {};
  return { ok: true, data: mapping, lines: rows.slice(0, end + 1), content: rows.slice(end + 1).join('\n') };
}

/**
 * Read optional YAML front matter (see `splitFrontMatter`) into our own fields.
 * Known fields are checked: a wrong type or an unreadable date is an error naming the field,
 * what was expected and what was found. Unknown fields are ignored with a warning, but for the
 * `alsoRead` ones another stage reads (a web clipper's). Never throws.
 */
export function readFrontMatter(file: string, text: string, alsoRead: readonly string[] = []): FrontMatter {
  return frontMatterFields(file, splitFrontMatter(file, text), alsoRead);
}

/** Our own fields of front matter already split off (see `readFrontMatter`). */
export function frontMatterFields(file: string, split: FrontMatterSplit, alsoRead: readonly string[] = []): FrontMatter {
  if (!split.ok) return split;
  const fields: FrontMatterFields = {};
  const warnings: Diagnostic[] = [];
  for (const [key, value] of Object.entries(split.data)) {
    const line = keyLine(split.lines, key);
    if (!known.includes(key)) {
      if (alsoRead.includes(key)) continue;
      warnings.push(diagnostic('warning', file, 'front-matter-unknown-key', `unknown front matter field "${key}" ignored; the fields read are ${known.join(', ')}`, line));
      continue;
    }
    const problem = setField(fields, key, value);
    if (problem) return { ok: false, error: diagnostic('error', file, 'front-matter-invalid-value', `front matter field "${key}": ${problem}`, line) };
  }
  return { ok: true, fields, lines: split.lines, content: split.content, warnings };
}

/** The 1-based line of the seed on which its front matter (`lines`, from the opening ---) writes `key`, when found. */
export function keyLine(lines: readonly string[], key: string): number | undefined {
  const found = findFrontMatterKey(lines, key);
  return found === undefined ? undefined : found.row + 1;
}

/** Check one known field and store it; returns what is wrong, or null. */
function setField(fields: FrontMatterFields, key: string, value: unknown): string | null {
  if (key === 'date') {
    const date = toPartialDate(value);
    if (date === undefined) {
      return `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found ${show(value)}; write e.g. date: 2020-03-19`;
    }
    fields.date = date;
    return null;
  }
  if (value === null && (key === 'byline' || key === 'source')) {
    fields[key] = null;
    return null;
  }
  const text = toText(value);
  if (text === undefined || text === '') {
    return `expected ${key === 'byline' ? 'a name or a list of names' : 'a line of text'}, found ${show(value)}`;
  }
  if (key === 'slug') {
    if (!slugPattern.test(text)) return `expected lowercase words joined by hyphens (e.g. my-article), found ${show(value)}`;
    if (text.length > maxSlugLength) return `expected at most ${maxSlugLength} characters, found ${text.length}; shorten it, e.g. slug: ${shorten(text)}`;
    fields.slug = text;
  } else if (key === 'title' || key === 'byline' || key === 'source') {
    fields[key] = text;
  }
  return null;
}

/** A slug's words that fit in `maxSlugLength`, cut between words (a first word too long is cut). */
function shorten(slug: string): string {
  let short = '';
  for (const word of slug.split('-')) {
    const next = short ? `${short}-${word}` : word;
    if (next.length > maxSlugLength) break;
    short = next;
  }
  return short || slug.slice(0, maxSlugLength);
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim())) {
    return value.map((v: string) => v.trim()).join(', ');
  }
  return undefined;
}

/** A YAML date value as `YYYY`/`YYYY-MM`/`YYYY-MM-DD`; undefined when it is not one. */
function toPartialDate(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (value instanceof Date) {
    // YAML dates are read as UTC midnight: the UTC parts are the day as written.
    if (Number.isNaN(value.getTime())) return undefined;
    const y = value.getUTCFullYear();
    if (y < 1000 || y > 9999) return undefined;
    return `${y}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (typeof value !== 'string') return undefined;
  const m = partialDatePattern.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d !== undefined) {
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (day.getUTCDate() !== Number(d) || day.getUTCMonth() !== Number(mo) - 1) return undefined;
  }
  return value.trim();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return `"${value}"`;
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
