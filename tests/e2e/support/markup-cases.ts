/**
 * The markup property's cases: strings that look like HTML, Markdown or templates, written
 * into a handful of seeds so that one build covers all of them. Each case sits in its own
 * paragraph with a unique sample number; the test then finds every paragraph, character for
 * character, as text on the built article page.
 */
import fc from 'fast-check';

/** How many strings one run checks. */
export const markupCaseCount = 1000;

/** How many seeds the cases are spread over. */
export const markupSeedCount = 5;

/** Pieces that mean something to an HTML parser, a Markdown processor or a template engine. */
const tokens: readonly string[] = Object.freeze([
  '<script>alert(1)</script>',
  '</script>',
  '<b>bold</b>',
  '<i>',
  '</p>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  '<!--',
  '-->',
  '<![CDATA[',
  '<style>',
  '&amp;',
  '&lt;b&gt;',
  '&#60;',
  '&nbsp;',
  '# ',
  '## ',
  '* ',
  '- ',
  '+ ',
  '1. ',
  '> ',
  '_',
  '__',
  '*',
  '**',
  '~~',
  '`',
  '```',
  '[x](y)',
  '[x]: /y',
  '![i](x)',
  '<https://example.com>',
  'https://example.com',
  '{{ }}',
  '{{',
  '}}',
  '{% raw %}',
  '${x}',
  '{x}',
  '---',
  '***',
  '===',
  '|',
  '\\',
  '\\*',
  '"',
  "'",
  '<',
  '>',
  '&',
  '=',
  ' ',
]);

/** One case: a short string of tokens, letters and other printable characters, on one line. */
const markupText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...tokens) },
      { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'abcxyz019 '), minLength: 1, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'Ж', '中文', '“', '’', '—', '…', '🙂') },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join('').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim())
  .filter((text) => text.length > 0);

/** A paragraph holding one case: the case first for even samples (where Markdown reads block syntax), inside for odd ones. */
function paragraphFor(text: string, index: number): string {
  return index % 2 === 0
    ? `${text} is sample ${index} of the markup property and stays literal text.`
    : `Sample ${index} of the markup property keeps ${text} as literal text.`;
}

/** Where one case should appear. */
export interface MarkupCase {
  /** The generated string. */
  readonly text: string;
  /** The whole paragraph that carries it, as it must appear on the page (whitespace collapsed). */
  readonly paragraph: string;
  /** The seed file it is in. */
  readonly file: string;
}

/** The generated cases and the seed files that carry them. */
export interface MarkupCorpus {
  /** The fast-check seed, so a failing run can be repeated with MARKUP_SEED. */
  readonly seed: number;
  readonly cases: readonly MarkupCase[];
  readonly seedFiles: Readonly<Record<string, string>>;
}

/** Generate `count` cases (repeatable from `seed`) and spread them over `seedCount` seed files. */
export function generateMarkupCorpus(
  seed = Number(process.env['MARKUP_SEED'] ?? Date.now() % 2 ** 31),
  count = markupCaseCount,
  seedCount = markupSeedCount,
): MarkupCorpus {
  const texts = fc.sample(markupText, { seed, numRuns: count });
  const cases: MarkupCase[] = texts.map((text, index) => ({
    text,
    paragraph: paragraphFor(text, index),
    file: `zz-markup-property-${(index % seedCount) + 1}.txt`,
  }));
  const seedFiles: Record<string, string> = {};
  for (let n = 1; n <= seedCount; n += 1) {
    const file = `zz-markup-property-${n}.txt`;
    const paragraphs = cases.filter((c) => c.file === file).map((c) => c.paragraph);
    seedFiles[file] = [
      '---',
      `title: "Markup property sample ${n}"`,
      `date: "2001-01-0${n}"`,
      '---',
      `Markup property sample ${n}`,
      '',
      `This article collects generated paragraphs that look like markup; every one must be shown as plain text.`,
      '',
      paragraphs.join('\n\n'),
      '',
    ].join('\n');
  }
  return { seed, cases, seedFiles };
}
