import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldText } from '../../../src/lib/text/fold-text.ts';
import { samplePieces } from './text-samples.ts';

describe('foldText', () => {
  test.each(['Plain ASCII, Mixed Case 123', 'ﬁnance Ｆｉｎａｎｃｅ', 'İstanbul ΟΔΟΣ', 'e\u0301 é', '𐐀 \ud800'])('%j folds as NFKC then lowercasing', (text) => {
    expect(foldText(text)).toBe(text.normalize('NFKC').toLowerCase());
  });

  test('folds every generated text as NFKC then lowercasing', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...samplePieces)), (pieces) => foldText(pieces.join(' ')) === pieces.join(' ').normalize('NFKC').toLowerCase()));
  });
});
