import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { orderArticles, toSearchDocument } from '../../../src/lib/search/build-index.ts';
import { countDocument } from '../../../src/lib/search/minisearch-internals.ts';
import { tokenize, type SearchDocument } from '../../../src/lib/search/options.ts';
import { TermCounter } from '../../../src/lib/search/term-counter.ts';
import { WordTable } from '../../../src/lib/search/word-table.ts';
import { sampleBody, samplePieces } from '../text/text-samples.ts';
import { generateArchive } from './generate-archive.ts';

const doc = (id: number, title: string, body: string, credit = ''): SearchDocument => ({ id, title, body, credit });

/** Text made of the sample pieces and single code units of every kind, joined with or without spaces. */
const anyText = fc.oneof(
  sampleBody.map((paragraphs) => paragraphs.join('\n\n')),
  fc.array(fc.oneof(fc.constantFrom(...samplePieces), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join('')),
);

// Real pages live beside the project (../shared/corpus), not in it: without them that test skips.
const corpus = resolve(import.meta.dirname, '../../../../shared/corpus/dev');
const missing = !existsSync(corpus);

describe('TermCounter', () => {
  test.each([
    ['empty text: one empty word', ''],
    ['only separators: two empty words', ' .,— '],
    ['leading and trailing separators', '  Hello, world.  '],
    ['a tab is part of a word, as in split', 'one\ttwo three'],
    ['case and accents fold into one term', 'Erdoğan erdogan ERDOGAN Erdogan'],
    ['stop words count as words, not terms', 'the The THE of ferry'],
    ['a surrogate pair that is a symbol separates', 'a😀b 𝐀𝐁𝐂 \ud800x \udc00'],
    ['spaces of every kind', 'a\u00a0b\u2028c\u3000d\u202fe\ufeffg'],
    ['a word longer than V8 copies when sliced', 'internationalisation internationalisation Internationalisation'],
  ])('%s: the counts countDocument gives', (_, text) => {
    const counter = new TermCounter();
    const d = doc(0, text, text, text);
    expect(counter.count(d)).toEqual(countDocument(d));
  });

  test('gives countDocument’s counts for any text, one counter across many documents', () => {
    const counter = new TermCounter();
    let id = 0;
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, body, credit) => {
        const d = doc(id++, title, body, credit);
        expect(counter.count(d)).toEqual(countDocument(d));
      }),
      { numRuns: 2000 },
    );
  });

  test('gives the same counts after its table of words starts again', () => {
    const counter = new TermCounter(50);
    const docs = orderArticles(generateArchive(40, 3)).map(toSearchDocument);
    for (const d of [...docs, ...docs]) expect(counter.count(d)).toEqual(countDocument(d));
  });

  test.skipIf(missing)('gives countDocument’s counts on real news pages (skipped without ../shared/corpus)', () => {
    const counter = new TermCounter();
    const texts = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
    expect(texts.length).toBeGreaterThan(50);
    texts.forEach((name, id) => {
      const text = readFileSync(join(corpus, name), 'utf8');
      const d = doc(id, text.slice(0, 200), text);
      expect(counter.count(d), name).toEqual(countDocument(d));
    });
  });
});

describe('WordTable', () => {
  test('gives back each word as written, however long', () => {
    const table = new WordTable();
    const long = 'x'.repeat(300_000);
    const text = `Erdoğan, ${long} 😀 e\u0301 ${long}.`;
    const count = table.scan(text);
    const words = Array.from(table.found.subarray(0, count), (id) => table.word(id));
    expect(words).toEqual(tokenize(text));
    expect(words).toEqual(['Erdoğan', long, 'e\u0301', long, '']);
    expect(table.found[1]).toBe(table.found[3]);
  });
});
