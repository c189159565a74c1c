import { describe, expect, test } from 'vitest';
import { mergeNames } from '../../../src/lib/entities/merge-names.ts';

describe('mergeNames', () => {
  const keyOf = mergeNames(['Mike Pompeo', 'Pompeo', 'Ali Abdullah Ayoub', 'Ali Ayoub', 'Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Bashar al-Assad', 'Bashar Assad', 'John Kerry', 'John Smith', 'Smith', 'Mary Smith']);
  test.each([
    { a: 'Pompeo', b: 'Mike Pompeo', same: true },
    { a: 'Ali Ayoub', b: 'Ali Abdullah Ayoub', same: true },
    { a: 'Recep Tayyip Erdoğan', b: 'Recep Tayyip Erdogan', same: true },
    { a: 'Bashar al-Assad', b: 'Bashar Assad', same: true },
    { a: 'John Kerry', b: 'John Smith', same: false },
    { a: 'Smith', b: 'John Smith', same: false },
    { a: 'Smith', b: 'Mary Smith', same: false },
  ])('$a and $b: one name is $same', ({ a, b, same }) => {
    expect(keyOf(a) === keyOf(b)).toBe(same);
  });
});
