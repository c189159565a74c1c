import { describe, expect, test } from 'vitest';
import { leadAfterTitle } from '../../../src/lib/site/lead-after-title.ts';

describe('leadAfterTitle', () => {
  test.each([
    {
      name: 'a title cut mid-sentence: the rest of the sentence, after an ellipsis',
      title: 'The United States held Russia responsible for the deaths of Turkish troops in Syria',
      lead: 'The United States held Russia responsible for the deaths of Turkish troops in Syria and announced new sanctions.',
      expected: '…and announced new sanctions.',
    },
    {
      name: 'a title that is the first sentence: the next sentence',
      title: 'Idlib has been under deadly fire since December',
      lead: 'Idlib has been under deadly fire since December. The offensive has caused a crisis.',
      expected: 'The offensive has caused a crisis.',
    },
    { name: 'a lead that is only the title: nothing', title: 'Ferry sails again', lead: 'Ferry sails again.', expected: '' },
    {
      name: 'case, curly quotes and spacing do not hide a repeat',
      title: "Pompeo says Russia responsible for Turkish soldiers' deaths",
      lead: 'POMPEO says  Russia responsible for Turkish soldiers’ deaths: the statement came on Tuesday.',
      expected: '…the statement came on Tuesday.',
    },
    {
      name: 'a lead that does not start with the title: the whole lead',
      title: 'Ferry returns to Carrick Sound',
      lead: 'The vehicle ferry to Carrick Sound sailed again on Tuesday.',
      expected: 'The vehicle ferry to Carrick Sound sailed again on Tuesday.',
    },
  ])('$name', ({ title, lead, expected }) => {
    expect(leadAfterTitle(title, lead)).toBe(expected);
  });
});
