import { describe, expect, test } from 'vitest';
import type { SourceLine } from '../../../src/lib/article/schema.ts';
import { readingTime } from '../../../src/lib/site/reading-time.ts';
import { standfirstOf } from '../../../src/lib/site/standfirst.ts';
import { lineCountSentence, receivedLabel, textAccount } from '../../../src/lib/site/text-account.ts';

const words = (count: number): string => Array.from({ length: count }, () => 'word').join(' ');

describe('readingTime', () => {
  test.each([
    { body: [] as string[], expected: '1 min read' },
    { body: [words(100)], expected: '1 min read' },
    { body: [words(400), words(300)], expected: '3 min read' },
    { body: [words(1150)], expected: '5 min read' },
  ])('$expected', ({ body, expected }) => {
    expect(readingTime(body)).toBe(expected);
  });
});

describe('standfirstOf', () => {
  test.each<{ name: string; lines: SourceLine[]; expected: string | null }>([
    {
      name: 'the first line removed as a standfirst',
      lines: [
        { text: 'Headline', role: 'title' },
        { text: 'Share', role: 'removed', reason: 'share' },
        { text: 'What the story says, in a sentence.', role: 'removed', reason: 'standfirst' },
        { text: 'Another.', role: 'removed', reason: 'standfirst' },
      ],
      expected: 'What the story says, in a sentence.',
    },
    { name: 'none', lines: [{ text: 'Headline', role: 'title' }, { text: 'Text', role: 'body' }], expected: null },
  ])('$name', ({ lines, expected }) => {
    expect(standfirstOf(lines)).toBe(expected);
  });
});

describe('textAccount, receivedLabel and lineCountSentence', () => {
  const lines = (removed: number, kept: number): Pick<SourceLine, 'role'>[] => [
    ...Array.from({ length: removed }, () => ({ role: 'removed' as const })),
    ...Array.from({ length: kept }, () => ({ role: 'body' as const })),
  ];
  test.each([
    {
      account: textAccount(lines(3, 13), 12),
      label: 'Text as received · 3 lines removed',
      sentence: '16 lines, of which 3 were left out of the article, each marked with the reason; 12 blank lines are not shown.',
    },
    {
      account: textAccount(lines(1, 1), 1),
      label: 'Text as received · 1 line removed',
      sentence: '2 lines, of which 1 was left out of the article, each marked with the reason; 1 blank line is not shown.',
    },
    {
      account: textAccount(lines(0, 4), 0),
      label: 'Text as received · no lines removed',
      sentence: '4 lines, of which 0 were left out of the article, each marked with the reason; the file has no blank lines.',
    },
    {
      account: textAccount(lines(2, 5), null),
      label: 'Text as received · 2 lines removed',
      sentence: '7 lines, of which 2 were left out of the article, each marked with the reason.',
    },
  ])('$label', ({ account, label, sentence }) => {
    expect(receivedLabel(account)).toBe(label);
    expect(lineCountSentence(account)).toBe(sentence);
  });
});
