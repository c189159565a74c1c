import { describe, expect, test } from 'vitest';
import { readFrontMatter, splitFrontMatter } from '../../../src/lib/normalize/read-front-matter.ts';
import type { Diagnostic } from '../../../src/lib/article/diagnostic.ts';
import { frontMatterSchema } from '../../../src/lib/article/schema.ts';

const seed = (yaml: string): string => `---\n${yaml}\n---\nThe text.\n`;
const dateError = (found: string): Diagnostic => ({
  file: 'x.txt',
  rule: 'front-matter-invalid-value',
  message: `front matter field "date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${found}"; write e.g. date: 2020-03-19`,
  line: 2,
  severity: 'error',
});

describe('readFrontMatter: an impossible date is the same error quoted or not', () => {
  test.each([
    { yaml: 'date: 2020-02-30', found: '2020-02-30' },
    { yaml: 'date: "2020-02-30"', found: '2020-02-30' },
    { yaml: 'date: 2020-13-45', found: '2020-13-45' },
    { yaml: "date: '2020-13-45'", found: '2020-13-45' },
    { yaml: 'date: 2021-02-29   # not a leap year', found: '2021-02-29' },
    { yaml: '"date": 2020-04-31', found: '2020-04-31' },
    { yaml: 'date: 2020-02-30T10:00:00Z', found: '2020-02-30T10:00:00Z' },
    { yaml: 'date: 2020-02-03T25:00:00Z', found: '2020-02-03T25:00:00Z' },
  ])('$yaml', ({ yaml, found }) => {
    expect(readFrontMatter('x.txt', seed(yaml))).toEqual({ ok: false, error: dateError(found) });
  });

  test.each([
    { yaml: 'date: 2020-02-29', date: '2020-02-29' },
    { yaml: 'date: "2020-02-29"', date: '2020-02-29' },
    { yaml: 'date: 2020-12-31 # a comment', date: '2020-12-31' },
    { yaml: 'date: 2020-03', date: '2020-03' },
    { yaml: 'date: 2020', date: '2020' },
  ])('a real date is kept: $yaml', ({ yaml, date }) => {
    const read = readFrontMatter('x.txt', seed(yaml));
    expect(read.ok && read.fields.date).toBe(date);
  });
});

describe('splitFrontMatter: YAML dates that roll over are kept as written', () => {
  test.each([
    { yaml: 'published: 2020-02-30', key: 'published', value: '2020-02-30' },
    { yaml: 'created: 2020-13-45T08:00:00Z', key: 'created', value: '2020-13-45T08:00:00Z' },
  ])('$yaml', ({ yaml, key, value }) => {
    const split = splitFrontMatter('x.md', seed(yaml));
    expect(split.ok && split.data[key]).toBe(value);
  });

  test('a real YAML date stays a date', () => {
    const split = splitFrontMatter('x.md', seed('published: 2020-02-29T10:00:00Z'));
    expect(split.ok && split.data['published']).toEqual(new Date('2020-02-29T10:00:00Z'));
  });
});

describe('readFrontMatter: a slug is a short page address', () => {
  test.each([
    { name: '80 characters', slug: `${'a'.repeat(74)}-bcdef`, ok: true },
    { name: '81 characters', slug: `${'a'.repeat(75)}-bcdef`, ok: false },
    { name: '245 characters', slug: `${Array.from({ length: 49 }, () => 'word').join('-')}s`, ok: false },
  ])('$name', ({ slug, ok }) => {
    expect(slug.length).toBeGreaterThan(ok ? 79 : 80);
    const read = readFrontMatter('x.txt', seed(`slug: ${slug}`));
    if (ok) expect(read.ok && read.fields.slug).toBe(slug);
    else {
      expect(read.ok ? '' : read.error.message).toMatch(new RegExp(`^front matter field "slug": expected at most 80 characters, found ${slug.length}; shorten it, e\\.g\\. slug: [a-z0-9-]{1,80}$`));
      expect(read.ok || [read.error.file, read.error.rule, read.error.line]).toEqual(['x.txt', 'front-matter-invalid-value', 2]);
    }
  });

  test('the shorter slug it offers is cut between words', () => {
    const read = readFrontMatter('x.txt', seed(`slug: ${Array.from({ length: 49 }, () => 'word').join('-')}`));
    const offered = read.ok ? '' : (/slug: ([a-z0-9-]+)$/u.exec(read.error.message)?.[1] ?? '');
    expect(offered).toBe(Array.from({ length: 16 }, () => 'word').join('-'));
  });
});

describe('readFrontMatter: the fields are the schema front matter fields', () => {
  test('an unknown field is ignored with a warning that lists the fields read', () => {
    const read = readFrontMatter('x.txt', seed('title: T\nheadline: H'));
    expect(read.ok && read.warnings).toEqual([
      {
        file: 'x.txt',
        rule: 'front-matter-unknown-key',
        message: `unknown front matter field "headline" ignored; the fields read are ${Object.keys(frontMatterSchema.shape).join(', ')}`,
        line: 3,
        severity: 'warning',
      },
    ]);
  });

  test.each(Object.keys(frontMatterSchema.shape))('%s is read', (field) => {
    const value = field === 'date' ? '2020-03-19' : field === 'slug' ? 'a-slug' : 'Some text';
    const read = readFrontMatter('x.txt', seed(`${field}: ${value}`));
    expect(read.ok && read.fields).toEqual({ [field]: value });
  });
});

describe('readFrontMatter: a diagnostic names the line of its field', () => {
  test.each([
    { name: 'an unknown field on line 2', text: '---\nsection: Local\ntitle: T\n---\nText', rule: 'front-matter-unknown-key', line: 2 },
    { name: 'an unknown field after a comment and a blank line', text: '---\n# set by hand\n\ntitle: T\ntags: [a, b]\n---\nText', rule: 'front-matter-unknown-key', line: 5 },
    { name: 'a quoted unknown field', text: '---\n"category": news\n---\nText', rule: 'front-matter-unknown-key', line: 2 },
    { name: 'a date of the wrong kind, CRLF line ends', text: '---\r\ntitle: T\r\nbyline: B\r\ndate: yesterday\r\n---\r\nText', rule: 'front-matter-invalid-value', line: 4 },
    { name: 'a title given as a mapping', text: '---\ntitle:\n  main: T\n---\nText', rule: 'front-matter-invalid-value', line: 2 },
    { name: 'front matter never closed', text: '---\ntitle: T\nText', rule: 'front-matter-unclosed', line: 1 },
    { name: 'YAML that does not parse', text: '---\ntitle: T\nbyline: [a\n---\nText', rule: 'front-matter-malformed', line: 3 },
  ])('$name: $rule on line $line', ({ text, rule, line }) => {
    const read = readFrontMatter('x.txt', text);
    const found = read.ok ? read.warnings : [read.error];
    expect(found.map((d) => [d.rule, d.line])).toEqual([[rule, line]]);
  });

  test('a field whose line cannot be found (a flow mapping) has none', () => {
    const read = readFrontMatter('x.txt', '---\n{ title: T, section: Local }\n---\nText');
    expect(read.ok && read.warnings.map((d) => [d.rule, d.line])).toEqual([['front-matter-unknown-key', undefined]]);
  });
});
