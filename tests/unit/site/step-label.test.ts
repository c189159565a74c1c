import { describe, expect, test } from 'vitest';
import { stepLabel, type StepDirection } from '../../../src/lib/site/step-label.ts';

describe('stepLabel', () => {
  test.each<{ from: string | null; to: string | null; direction: StepDirection; expected: string }>([
    { from: '2020-03-19', to: '2021-01-02', direction: 'previous', expected: 'Newer' },
    { from: '2020-03-19', to: '2016', direction: 'next', expected: 'Older' },
    { from: '2020-03-19', to: '2020-03-19', direction: 'next', expected: 'Same date' },
    { from: '2020-03-19', to: '2020-03', direction: 'next', expected: 'Around the same time' },
    { from: '2020', to: '2020-03-19', direction: 'previous', expected: 'Around the same time' },
    { from: '2020-03', to: '2020-04', direction: 'previous', expected: 'Newer' },
    { from: '2016', to: null, direction: 'next', expected: 'First undated article' },
    { from: null, to: '2016', direction: 'previous', expected: 'Oldest dated article' },
    { from: null, to: null, direction: 'previous', expected: 'Previous by title' },
    { from: null, to: null, direction: 'next', expected: 'Next by title' },
  ])('$from → $to ($direction): $expected', ({ from, to, direction, expected }) => {
    expect(stepLabel({ date: from }, { date: to }, direction)).toBe(expected);
  });
});
