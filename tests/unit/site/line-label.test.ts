import { describe, expect, test } from 'vitest';
import { lineLabel } from '../../../src/lib/site/line-label.ts';

describe('lineLabel', () => {
  test.each([
    { line: { role: 'title' as const }, expected: 'Title' },
    { line: { role: 'metadata' as const }, expected: 'Metadata' },
    { line: { role: 'body' as const }, expected: 'Text' },
    { line: { role: 'removed' as const, reason: 'advertisement' as const }, expected: 'Removed: advertisement' },
    { line: { role: 'removed' as const, reason: 'caption or credit' as const }, expected: 'Removed: caption or credit' },
    { line: { role: 'removed' as const }, expected: 'Removed: other' },
  ])('labels $line.role $line.reason as "$expected"', ({ line, expected }) => {
    expect(lineLabel(line)).toBe(expected);
  });
});
