import { describe, expect, test } from 'vitest';
import { classifyBlocks, toBlock, type BlockClass } from '../../../src/lib/normalize/classify-blocks.ts';
import { findBody, findContinuation } from '../../../src/lib/normalize/find-body.ts';

const prose = 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria, and it said that the sanctions would follow within the week.';

describe('classifyBlocks', () => {
  test.each([
    { name: 'long prose is good', texts: [prose], classes: ['good'] },
    { name: 'a menu is bad', texts: ['Home', 'World', 'Business', 'Sport'], classes: ['bad', 'bad', 'bad', 'bad'] },
    { name: 'a short line between good blocks is good', texts: [prose, 'A subheading', prose], classes: ['good', 'good', 'good'] },
    { name: 'known furniture stays bad', texts: [prose, 'Advertisement', prose], furniture: [false, true, false], classes: ['good', 'bad', 'good'] },
  ])('$name', ({ texts, classes, furniture }) => {
    expect(classifyBlocks(texts.map((t, i) => toBlock(t, furniture?.[i] ?? false)))).toEqual(classes);
  });
});

const toBlocks = (lengths: readonly number[]) => lengths.map((length) => ({ length, terminal: true }));

describe('findBody', () => {
  test.each([
    { name: 'the run of good blocks', classes: ['bad', 'good', 'good', 'bad'], lengths: [10, 300, 300, 10], range: { start: 1, end: 2 } },
    { name: 'a short gap is bridged', classes: ['good', 'bad', 'good'], lengths: [300, 20, 300], range: { start: 0, end: 2 } },
    { name: 'the heavier of two runs apart', classes: ['good', 'bad', 'bad', 'bad', 'bad', 'good', 'good'], lengths: [150, 150, 150, 150, 150, 400, 400], range: { start: 5, end: 6 } },
    { name: 'nothing without good blocks', classes: ['bad', 'short'], lengths: [10, 10], range: null },
  ] as const)('$name', ({ classes, lengths, range }) => {
    expect(findBody(toBlocks(lengths), classes, new Map(), new Set())).toEqual(range);
  });

  test('a section heading ends the body', () => {
    expect(findBody(toBlocks([300, 20, 400]), ['good', 'bad', 'good'], new Map([[1, undefined]]), new Set())).toEqual({ start: 2, end: 2 });
  });
});

const lines = (spec: readonly (readonly [number, boolean])[]) => spec.map(([length, terminal]) => ({ length, terminal }));

describe('findContinuation', () => {
  const box = Array.from({ length: 8 }, () => [60, false] as const);
  test.each([
    {
      name: 'the story after a box of headlines goes on',
      blocks: lines([[300, true], ...box, [200, true], [200, true], [200, true]]),
      classes: ['good', ...box.map((): BlockClass => 'bad'), 'good', 'good', 'good'],
      found: { gap: { start: 1, end: 8 }, run: { start: 9, end: 11 } },
    },
    {
      name: 'a subheading among the paragraphs after the box is no obstacle',
      blocks: lines([[300, true], ...box, [200, true], [30, true], [200, true], [200, true]]),
      classes: ['good', ...box.map((): BlockClass => 'bad'), 'good', 'good', 'good', 'good'],
      found: { gap: { start: 1, end: 8 }, run: { start: 9, end: 12 } },
    },
    {
      name: 'teasers (a headline, a blurb, a headline, a blurb) are no story',
      blocks: lines([[300, true], ...box, [120, true], [40, false], [120, true], [40, false], [120, true]]),
      classes: ['good', ...box.map((): BlockClass => 'bad'), 'good', 'good', 'good', 'good', 'good'],
      found: null,
    },
    {
      name: 'a box of long lines is no box',
      blocks: lines([[300, true], [400, false], [200, true], [200, true], [200, true]]),
      classes: ['good', 'bad', 'good', 'good', 'good'],
      found: null,
    },
  ] as const)('$name', ({ blocks, classes, found }) => {
    expect(findContinuation(blocks, classes, new Map(), new Set(), 0)).toEqual(found);
  });

  test('a section heading in the box ends the story', () => {
    const blocks = lines([[300, true], [20, false], [200, true], [200, true], [200, true]]);
    expect(findContinuation(blocks, ['good', 'bad', 'good', 'good', 'good'], new Map([[1, undefined]]), new Set(), 0)).toBeNull();
  });
});
