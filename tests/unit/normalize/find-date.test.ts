import { describe, expect, test } from 'vitest';
import { findDate } from '../../../src/lib/normalize/find-date.ts';

const all = (lines: string[]) => lines.map((_, i) => i);

describe('findDate', () => {
  test.each([
    { name: 'a standalone date line', lines: ['A headline', 'April 25, 2023', 'The text begins here.'], date: '2023-04-25' },
    { name: 'Published preferred over Updated', lines: ['Updated November 19, 2024', 'Published November 18, 2024 9:26pm'], date: '2024-11-18' },
    { name: 'a byline and a date', lines: ['By Tom Davies - Associated Press - Friday, April 28, 2023'], date: '2023-04-28' },
    { name: 'a caption-like sentence is not a date line', lines: ['A Russian jet lands at the base in Latakia province, in the northwest of Syria, on December 16, 2015.'], date: null },
    { name: 'a narrative date is not read', lines: ['"His deliberate actions since December 2019 have prevented a ceasefire from taking hold inside Syria," Pompeo said.'], date: null },
    { name: 'a date line that also gives its update', lines: ['Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC'], date: '2016-12-13' },
    { name: 'relative words give nothing', lines: ['Published 5 hours ago', 'Tuesday'], date: null },
  ])('$name', ({ lines, date }) => {
    expect(findDate(lines, all(lines), lines.length)?.date ?? null).toBe(date);
  });

  test('a dateline at the head of the first paragraph', () => {
    const lines = ['A headline', 'WASHINGTON, March 7, 2024 (AP) — The Senate passed the bill on Thursday after a long debate.'];
    expect(findDate(lines, [0], 1)).toEqual({ date: '2024-03-07', line: 1 });
  });
});
