import { findFrontMatterKey } from './find-front-matter-key.ts';

/**
 * A YAML timestamp as written: the date, then an optional time of day. YAML reads
 * `2020-02-30` as a `Date`, and a `Date` rolls an impossible day over (to 1 March) silently.
 */
const timestamp = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2}))?/u;

/**
 * The top-level values of parsed front matter with every `Date` that YAML made from an
 * impossible date or time (`2020-02-30`, `2020-13-45`, `T25:00:00`) put back as the text written
 * in `yaml`, so that the stage reading the field judges it as it would the quoted form.
 * Real dates, and values whose text cannot be found (a flow mapping), are left as they are.
 */
export function keepWrittenDates(data: Readonly<Record<string, unknown>>, yaml: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(data)) {
    if (!(value instanceof Date)) continue;
    const written = writtenValue(yaml, key);
    if (written !== undefined && !realTimestamp(written)) out[key] = written;
  }
  return out;
}

/** The plain scalar written for a top-level `key` (quoted key allowed), without a trailing comment. */
function writtenValue(yaml: string, key: string): string | undefined {
  return findFrontMatterKey(yaml.split('\n'), key)?.rest.replace(/[ \t]+#.*$/u, '').trim();
}

/** Whether a timestamp as written names a day of the calendar and a time of the clock. */
function realTimestamp(written: string): boolean {
  const m = timestamp.exec(written);
  if (!m) return true;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (y === undefined || mo === undefined || d === undefined) return true;
  const day = new Date(Date.UTC(y, mo - 1, d));
  const sameDay = day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  return sameDay && h <= 23 && mi <= 59 && s <= 59;
}
