// Properties of the normalizer over arbitrary input (fast-check, at least 1,000 cases each).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../src/lib/article/schema';
import { normalize } from '../../../src/lib/normalize';

const runs = { numRuns: 1000 };
const encoder = new TextEncoder();

/** Lines that look like pages: prose, headlines, furniture, dates, markup, blank lines. */
const pageLine = fc.oneof(
  fc.lorem({ mode: 'sentences', maxCount: 4 }),
  fc.lorem({ mode: 'words', maxCount: 12 }).map((s) => s.replace(/^./, (c) => c.toUpperCase())),
  fc.constantFrom(
    'Advertisement',
    'Share',
    'Skip to main content',
    'By Jane Doe and John Roe',
    'Published March 7, 2024',
    'Updated 5 hours ago',
    'Mike Pompeo AFP',
    'Page not found',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '# * _ [x](y) {{ }}',
    '---',
    'javascript:alert(1)',
    ' date 2020-03-19 The story starts here with a sentence that runs on for a while.',
    '',
    '   ',
  ),
  fc.string({ maxLength: 80 }),
);
const page = fc.array(pageLine, { maxLength: 40 }).chain((lines) =>
  fc.constantFrom('\n', '\n\n', '\r\n').map((eol) => lines.join(eol)),
);

/** Non-blank input lines, whitespace-normalised, as the normalizer should account for them. */
function inputLines(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

describe('normalize', () => {
  test('never throws on any byte sequence', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = normalize({ file: 'x.txt', bytes });
        expect(typeof result.ok).toBe('boolean');
      }),
      runs,
    );
  });

  test('never throws on any string, and every record it gives is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), page), (text) => {
        const result = normalize({ file: 'x.txt', bytes: encoder.encode(text) });
        if (result.ok) expect(articleSchema.safeParse(result.article).success).toBe(true);
        else expect(result.error.startsWith('x.txt: ')).toBe(true);
      }),
      runs,
    );
  });

  test('accounts for every non-blank input line exactly once, in order', () => {
    fc.assert(
      fc.property(page, (text) => {
        const result = normalize({ file: 'x.txt', bytes: encoder.encode(text) });
        if (!result.ok) return;
        // A line split in two (an inline field and its text) shows as two entries, in order.
        expect(result.lines.map((l) => l.text).join(' ')).toBe(inputLines(text));
        for (const line of result.lines) expect(line.reason !== undefined).toBe(line.role === 'removed');
        expect(result.lines.filter((l) => l.role === 'body').map((l) => l.text)).toEqual(result.article.body);
        expect(result.lines.filter((l) => l.role === 'removed').map(({ text, reason }) => ({ text, reason }))).toEqual(
          result.article.removed,
        );
      }),
      runs,
    );
  });

  test("gives the same body when run again on a record's own text", () => {
    fc.assert(
      fc.property(page, (text) => {
        const first = normalize({ file: 'x.txt', bytes: encoder.encode(text) });
        if (!first.ok) return;
        const own = [first.article.title, ...first.article.body].join('\n\n');
        const second = normalize({ file: 'x.txt', bytes: encoder.encode(own) });
        expect(second.ok && second.article.body).toEqual(first.article.body);
      }),
      runs,
    );
  });

  test('keeps text that looks like markup as the same literal text', () => {
    fc.assert(
      fc.property(fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '# * _ [x](y)', '{{ x }}', '<b>bold</b>'), (markup) => {
        const paragraph = `The reader typed ${markup} into the form, and the page showed exactly what was typed there.`;
        const result = normalize({ file: 'x.txt', bytes: encoder.encode(`A headline about what was typed\n\n${paragraph}\n`) });
        expect(result.ok && result.article.body).toEqual([paragraph]);
      }),
      runs,
    );
  });
});
