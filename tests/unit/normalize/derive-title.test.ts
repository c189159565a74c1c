import { describe, expect, test } from 'vitest';
import { deriveTitle } from '../../../src/lib/normalize/derive-title.ts';

describe('deriveTitle', () => {
  test.each([
    { lead: 'Idlib has been under deadly fire since December. The offensive has caused a crisis.', title: 'Idlib has been under deadly fire since December' },
    {
      lead: 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria and announced new sanctions on Syrian officials.',
      title: 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria',
    },
    {
      lead: 'Officials in the northern province of Idlib said on Tuesday that the offensive had forced close to a million people, most of them women and children, towards the border with Turkey.',
      title: 'Officials in the northern province of Idlib said on Tuesday that the offensive had forced close to a million people',
    },
    {
      lead: 'The ministry published its long-awaited review of regional rail services across the northern counties; it recommends closing eleven stations by the end of next year.',
      title: 'The ministry published its long-awaited review of regional rail services across the northern counties',
    },
    {
      lead: 'Augue. Ullamcorper nibh felis orci egestas iaculis, lorem. Nulla elit aenean adipiscing nec aenean.',
      title: 'Augue. Ullamcorper nibh felis orci egestas iaculis, lorem. Nulla elit aenean adipiscing',
    },
    {
      lead: 'Aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt uuuu vvvv wwww xxxx yyyy zzzz aaaa bbbb cccc dddd.',
      title: 'Aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq',
    },
    {
      lead: 'In a statement released late on Tuesday evening, the ministry confirmed that the eleven stations on the northern line would close to passengers by the end of next year.',
      title: 'In a statement released late on Tuesday evening',
    },
    { lead: 'A short lead without a stop', title: 'A short lead without a stop' },
  ])('$title', ({ lead, title }) => {
    expect(deriveTitle(lead)).toBe(title);
  });
});
