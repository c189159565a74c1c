import { describe, expect, test } from 'vitest';
import { remember } from '../../../src/lib/text/remember.ts';

/** A function that counts its calls, remembered with a limit of 2 and a longest key of 5. */
function counted(): { readonly asked: string[]; readonly answer: (text: string) => string } {
  const asked: string[] = [];
  const answer = remember((text: string) => {
    asked.push(text);
    return text.toUpperCase();
  }, 2, 5);
  return { asked, answer };
}

describe('remember', () => {
  test.each([
    { name: 'answers a string asked again from memory', calls: ['ab', 'ab', 'ab'], computed: ['ab'] },
    { name: 'keeps up to its limit', calls: ['ab', 'cd', 'ab', 'cd'], computed: ['ab', 'cd'] },
    { name: 'clears itself whole when full', calls: ['ab', 'cd', 'ef', 'ab', 'ef'], computed: ['ab', 'cd', 'ef', 'ab'] },
    { name: 'answers a string over the longest afresh', calls: ['abcdef', 'abcdef'], computed: ['abcdef', 'abcdef'] },
  ])('$name', ({ calls, computed }) => {
    const { asked, answer } = counted();
    for (const text of calls) expect(answer(text)).toBe(text.toUpperCase());
    expect(asked).toEqual(computed);
  });
});
