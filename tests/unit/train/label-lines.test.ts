import { describe, expect, test } from 'vitest';
import { comparable, isBodyLine, isByline, isDate, isTitle, opensBody } from '../../../src/lib/train/label-lines.ts';
import type { CorpusPage } from '../../../src/lib/train/read-corpus.ts';

/** A labelled page with no labels but those given. */
function page(labels: Partial<CorpusPage>): CorpusPage {
  return { id: 'test/001', corpus: 'test', site: 'example.com', file: 'test/001.txt', bytes: new Uint8Array(), title: null, date: null, authors: null, body: null, bodyFirstWords: null, ...labels };
}

describe('comparable', () => {
  test.each([
    { text: '\u201cBreaking\u201d: Houston\u2019s coach', expected: '"breaking": houston\'s coach' },
    { text: '\u2018Quoted\u2019 \u2032prime\u2032 `tick`', expected: "'quoted' 'prime' 'tick'" },
    { text: 'en \u2013 em \u2014 minus \u2212 bar \u2015', expected: 'en - em - minus - bar -' },
    { text: '  Many\t spaces \n here  ', expected: 'many spaces here' },
    { text: '\ufb01nal \uff21\uff22', expected: 'final ab' }, // NFKC: ligature and full-width letters
  ])('turns $text into $expected', ({ text, expected }) => {
    expect(comparable(text)).toBe(expected);
  });
});

describe('isTitle', () => {
  const labelled = page({ title: 'Breaking: Houston\u2019s \u201cMajor\u201d hire \u2014 Applewhite as coach' });

  test.each([
    { line: 'Breaking: Houston\u2019s \u201cMajor\u201d hire \u2014 Applewhite as coach', expected: true },
    { line: 'Breaking: Houston\'s "Major" hire - Applewhite as coach', expected: true },
    { line: 'BREAKING: HOUSTON\'S "MAJOR" HIRE - APPLEWHITE AS COACH', expected: true },
    { line: '  Breaking:  Houston\'s "Major" hire - Applewhite as coach ', expected: true },
    { line: 'Breaking: Houston\'s "Major" hire', expected: false },
    { line: 'Breaking: Houston\'s "Major" hire - Applewhite as coach, again', expected: false },
  ])('is $expected for $line', ({ line, expected }) => {
    expect(isTitle(labelled, line)).toBe(expected);
  });

  test('is false on a page without a labelled title', () => {
    expect(isTitle(page({}), 'Breaking: Houston')).toBe(false);
  });
});

describe('isDate', () => {
  const labelled = page({ date: '2016-12-09' });

  test.each([
    { line: 'Published Dec 9, 2016', expected: true },
    { line: 'December 9, 2016', expected: true },
    { line: 'Updated: 2016-12-09', expected: true },
    { line: 'WASHINGTON (Reuters) Dec 9, 2016 - Lawmakers met on Friday.', expected: true },
    { line: 'Published Dec 10, 2016', expected: false },
    { line: 'Published Dec 9, 2015', expected: false },
    { line: 'Houston hires a new head coach', expected: false },
  ])('is $expected for $line on a page dated 2016-12-09', ({ line, expected }) => {
    expect(isDate(labelled, line)).toBe(expected);
  });

  test('is false on a page without a labelled date', () => {
    expect(isDate(page({}), 'Published Dec 9, 2016')).toBe(false);
  });
});

describe('isByline', () => {
  test.each([
    { line: 'By T.C. Sottek Nov 29, 2016', authors: ['T.C. Sottek'], expected: true },
    { line: 'By Jane Doe and John Roe', authors: ['Jane Doe', 'John Roe'], expected: true },
    { line: 'By Jane Doe, John Roe and Ann Lee', authors: ['Jane Doe', 'John Roe'], expected: true },
    { line: 'By JANE DOE', authors: ['Jane Doe'], expected: true },
    { line: 'By Jane Doe, Staff Writer', authors: ['Jane Doe'], expected: true },
    { line: 'By Jane Doe and John Roe', authors: ['Jane Doe', 'Ann Lee'], expected: false },
    { line: 'By Jane Doe', authors: ['Jane Doe', 'John Roe'], expected: false },
    { line: 'By Jane Doe', authors: ['Jane Do'], expected: false }, // names match as whole words
    { line: 'Share this story', authors: ['Jane Doe'], expected: false },
  ])('is $expected for $line with authors $authors', ({ line, authors, expected }) => {
    expect(isByline(page({ authors }), line)).toBe(expected);
  });

  test('is false on a page without labelled authors', () => {
    expect(isByline(page({}), 'By Jane Doe')).toBe(false);
  });
});

describe('isBodyLine', () => {
  const body = 'Houston has promoted its offensive coordinator to head coach.\n\n\u201cWe are thrilled,\u201d the athletic director said on Friday.';

  test.each([
    { line: 'Houston has promoted its offensive coordinator to head coach.', expected: true },
    { line: 'HOUSTON HAS PROMOTED its offensive coordinator -- to head coach', expected: true },
    { line: '"We are thrilled," the athletic director said on Friday.', expected: true },
    { line: 'its offensive coordinator', expected: true },
    { line: 'head coach', expected: false }, // under 20 characters of words
    { line: 'Houston has promoted its defensive coordinator to head coach.', expected: false },
    { line: 'ouston has promoted its offensive coordinator', expected: false }, // words are whole
  ])('is $expected for $line on a page with a labelled body', ({ line, expected }) => {
    expect(isBodyLine(page({ body }), line)).toBe(expected);
  });

  const firstWords = page({ bodyFirstWords: '(Photo: Brett Davis) Houston has promoted' });

  test.each([
    { line: '(Photo: Brett Davis) Houston has promoted offensive coordinator Major Applewhite.', expected: true },
    { line: 'PHOTO \u2014 Brett Davis: Houston has promoted Applewhite', expected: true },
    { line: 'Houston has promoted offensive coordinator Major Applewhite.', expected: false },
    { line: '(Photo: Brett Davis)', expected: false },
  ])('is $expected for $line on a page labelled only with its first words', ({ line, expected }) => {
    expect(isBodyLine(firstWords, line)).toBe(expected);
  });

  test('is false on a page with neither a body nor first words', () => {
    expect(isBodyLine(page({}), 'Houston has promoted its offensive coordinator to head coach.')).toBe(false);
  });
});

describe('opensBody', () => {
  const lines = ['Michelle Obama sees despair in America.', 'The first lady suggested that the election of Donald Trump has drained the country of hope.', 'Advertisement'];
  const firstWords = page({ bodyFirstWords: 'Michelle Obama sees despair in America.The first lady suggested that the election of' });

  test.each([
    { i: 0, expected: true }, // the first words begin here and run on into the next line
    { i: 1, expected: false }, // the next line alone does not begin them
    { i: 2, expected: false },
  ])('is $expected for line $i when the first words run over two lines', ({ i, expected }) => {
    expect(opensBody(firstWords, lines, i)).toBe(expected);
  });

  test('is true for a line that begins the first words by itself', () => {
    expect(opensBody(page({ bodyFirstWords: 'The first lady suggested' }), lines, 1)).toBe(true);
  });

  test('is false for a line whose words are the first words\' start but whose next lines go elsewhere', () => {
    expect(opensBody(page({ bodyFirstWords: 'Michelle Obama sees despair in America. She said' }), lines, 0)).toBe(false);
  });

  test('reads a labelled body as isBodyLine does', () => {
    const body = 'The first lady suggested that the election of Donald Trump has drained the country of hope.';
    expect(opensBody(page({ body }), lines, 1)).toBe(true);
    expect(opensBody(page({ body }), lines, 0)).toBe(false);
  });
});
