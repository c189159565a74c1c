import { describe, expect, test } from 'vitest';
import { deriveTitle } from '../../../src/lib/normalize/derive-title';

describe('deriveTitle', () => {
  test.each([
    { lead: 'Idlib has been under deadly fire since December. The offensive has caused a crisis.', title: 'Idlib has been under deadly fire since December' },
    {
      lead: 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria and announced new sanctions on Syrian officials.',
      title: 'The United States for the first time held Russia responsible for the deaths of dozens',
    },
    { lead: 'Augue. Ullamcorper nibh felis orci egestas iaculis, lorem. Nulla elit aenean adipiscing nec aenean.', title: 'Augue. Ullamcorper nibh felis orci egestas iaculis, lorem. Nulla elit aenean adipiscing' },
    { lead: 'A short lead without a stop', title: 'A short lead without a stop' },
  ])('$title', ({ lead, title }) => {
    expect(deriveTitle(lead)).toBe(title);
  });
});
