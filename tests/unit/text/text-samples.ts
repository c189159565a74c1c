import fc from 'fast-check';

/**
 * Pieces of text that tell a regular expression's reading of words from a char-code scanner's:
 * letters outside ASCII (some changed by NFKC or by lowercasing, some two code units long), digits
 * and other numbers, apostrophes and hyphens straight and curly, spaces of every kind, lone
 * surrogates, combining marks, stopwords and names.
 */
export const samplePieces = [
  'a', 'e', 'the', 'The', 'of', 'for', 'and', 'about', 'would', 'said', 'ferry', 'Ferry', 'storm',
  'Mike', 'Pompeo', 'Bashar', 'al-Assad', 'al', 'bin', 'President', 'Minister', 'Defense', 'Syrian',
  'in', 'Idlib', 'region', 'May', 'US', 'U.S.', 'UN', 'Ministry', 'Vladimir', 'Putin', 'Turkey',
  'über', 'también', 'más', 'Erdoğan', 'İstanbul', 'ΟΔΟΣ', 'Σ', 'ß', 'ﬁnance', 'Ａｂｃ', '𐐀𐐁𐐂', '𝐀𝐁𝐂',
  '😀', '\ud800', '\udc00', 'é', 'e\u0301', '²', '½', 'Ⅻ', '123', '4th', "don't", 'rock’n’roll',
  "'", '’', '‘', '-', '--', '—', '.', ',', '!', '?', '"', '“', '”', ':', ';', '(', ' ', ' ', ' ',
  '\u00a0', '\t', '\n', '\u2028', '\ufeff', 'Abcd-efgh',
];

/** A body of up to four paragraphs made of `samplePieces`, joined with or without spaces. */
export const sampleBody = fc.array(
  fc.array(fc.tuple(fc.constantFrom(...samplePieces), fc.constantFrom(' ', '')), { maxLength: 40 }).map((parts) => parts.flat().join('')),
  { maxLength: 4 },
);
