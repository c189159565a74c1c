import { describe, expect, test } from 'vitest';
import { snippetFor } from '../../../src/lib/search/snippet.ts';

const render = (parts: ReturnType<typeof snippetFor>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('snippetFor', () => {
  test.each([
    { name: 'marks a matched word', text: 'Pompeo said Russia was responsible.', terms: ['pompeo'], expected: '[Pompeo] said Russia was responsible.' },
    { name: 'marks words whose folded form matched', text: 'President Erdoğan flew to Moscow.', terms: ['erdogan'], expected: 'President [Erdoğan] flew to Moscow.' },
    { name: 'marks every occurrence', text: 'Ayoub and again Ayoub.', terms: ['ayoub'], expected: '[Ayoub] and again [Ayoub].' },
    { name: 'keeps markup in the text as plain text', text: 'A <b>bold</b> <script>x()</script> claim about Ayoub.', terms: ['ayoub'], expected: 'A <b>bold</b> <script>x()</script> claim about [Ayoub].' },
    { name: 'starts with the beginning when nothing matches', text: 'One two three.', terms: ['four'], expected: 'One two three.' },
    { name: 'folds runs of white space', text: 'One\n\ntwo   three.', terms: ['two'], expected: 'One [two] three.' },
  ])('$name', ({ text, terms, expected }) => {
    expect(render(snippetFor(text, terms))).toBe(expected);
  });

  test('cuts a long text around the passage with the most matched terms, with ellipses', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const text = `${filler} Pompeo met Ayoub today ${filler}.`;
    const out = render(snippetFor(text, ['pompeo', 'ayoub'], { words: 10 }));
    expect(out).toBe('… w57 w58 w59 [Pompeo] met [Ayoub] today w0 w1 w2 …');
  });

  test('returns plain strings only, never markup', () => {
    for (const part of snippetFor('<img src=x onerror=alert(1)> Ayoub', ['ayoub'])) {
      expect(typeof part.text).toBe('string');
    }
    expect(render(snippetFor('<img src=x onerror=alert(1)> Ayoub', ['ayoub']))).toBe('<img src=x onerror=alert(1)> [Ayoub]');
  });

  test('an empty text gives no parts', () => {
    expect(snippetFor('', ['x'])).toEqual([]);
  });
});
