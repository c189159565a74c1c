import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isCapitalised, isWord, nextCapitalised, tokenBefore, tokenEnd, tokenStart } from '../../../src/lib/entities/paragraph-tokens.ts';
import { samplePieces } from '../text/text-samples.ts';

const tokenPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** A paragraph of sample pieces and of the marks that join or split words, often side by side. */
const paragraph = fc.array(fc.constantFrom(...samplePieces, 'x-Y', '-A', "'B", 'É', 'iPhone', 'McDonald', '«', '…'), { maxLength: 30 }).map((p) => p.join(''));

/** Every way the scanner reads a paragraph, checked against the tokens the regular expression matches. */
function agrees(text: string): boolean {
  const tokens = [...text.matchAll(tokenPattern)];
  const walked: [number, number][] = [];
  for (let at = tokenStart(text, 0); at < text.length; at = tokenStart(text, tokenEnd(text, at))) walked.push([at, tokenEnd(text, at)]);
  const capitals: number[] = [];
  for (let at = nextCapitalised(text, 0); at >= 0; at = nextCapitalised(text, tokenEnd(text, at))) capitals.push(at);
  return (
    JSON.stringify(walked) === JSON.stringify(tokens.map((m) => [m.index, m.index + m[0].length])) &&
    tokens.every((m, i) => tokenBefore(text, m.index) === (tokens[i - 1]?.[0] ?? '.')) &&
    tokens.every((m) => isCapitalised(m[0]) === /^\p{Lu}/u.test(m[0]) && isWord(m[0]) === /[\p{L}\p{N}]/u.test(m[0])) &&
    JSON.stringify(capitals) === JSON.stringify(tokens.filter((m) => /^\p{Lu}/u.test(m[0])).map((m) => m.index))
  );
}

describe('paragraph tokens', () => {
  test.each([
    'Bashar al-Assad met Erdoğan’s envoy.',
    'The iPhone, McDonald and Austro-Hungarian forces.',
    "x-'y -A 'B a--b ’Z",
    '“Putin,” he said — 𐐀𐐨 😀 \ud800A \udc00B',
    '  spaces\u00a0and\u2028lines  ',
    '',
  ])('%j reads as the regular expression does', (text) => {
    expect(agrees(text)).toBe(true);
  });

  test('every capital of the Basic Multilingual Plane, and one beyond it, starts a capitalised token', () => {
    const missed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `x ${String.fromCharCode(c)}`;
      if ((nextCapitalised(text, 0) === 2) !== /^\p{Lu}$/u.test(String.fromCharCode(c))) missed.push(c);
    }
    expect(missed).toEqual([]);
    expect(nextCapitalised('x 𐐀', 0)).toBe(2);
  });

  test('agree with the regular expression on generated paragraphs', () => {
    fc.assert(fc.property(paragraph, agrees), { numRuns: 3000 });
  });
});
