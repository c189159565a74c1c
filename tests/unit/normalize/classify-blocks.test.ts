import { describe, expect, test } from 'vitest';
import { classifyBlocks, toBlock } from '../../../src/lib/normalize/classify-blocks';
import { findBody } from '../../../src/lib/normalize/find-body';

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
