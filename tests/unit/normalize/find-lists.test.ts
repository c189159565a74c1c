import { describe, expect, test } from 'vitest';
import { findLists } from '../../../src/lib/normalize/find-lists.ts';

describe('findLists', () => {
  test.each([
    { name: 'two dashed lines', units: ['Intro.', '- one', '- two', 'After.'], kinds: ['paragraph', 'list-item', 'list-item', 'paragraph'] },
    { name: 'numbered lines', units: ['1. First step', '2) Second step'], kinds: ['list-item', 'list-item'] },
    { name: 'bullets', units: ['• apples', '• pears'], kinds: ['list-item', 'list-item'] },
    { name: 'one dashed line alone', units: ['Intro.', '- a dash that opens a sentence', 'After.'], kinds: ['paragraph', 'paragraph', 'paragraph'] },
    { name: 'a year opening a line', units: ['2020 was a hard year.', '2021 was better.'], kinds: ['paragraph', 'paragraph'] },
    { name: 'a marker without text after it', units: ['-', '-'], kinds: ['paragraph', 'paragraph'] },
  ])('$name', ({ units, kinds }) => {
    expect(findLists(units)).toEqual(kinds);
  });
});
