import { describe, expect, test } from 'vitest';
import { isMovedAddress } from '../../../src/lib/site/moved-pages.ts';

describe('isMovedAddress', () => {
  test.each([
    { address: '/page/2/', expected: true },
    { address: '/page/200/', expected: true },
    { address: '/people/jane-doe/page/2/', expected: true },
    { address: '/authors/jane-doe/page/12/', expected: true },
    { address: '/', expected: false },
    { address: '/people/jane-doe/', expected: false },
    { address: '/people/jane-doe/2019/page/2/', expected: false },
    { address: '/timeline/undated/page/2/', expected: false },
    { address: '/timeline/2020/03/page/2/', expected: false },
    { address: '/articles/page/2/', expected: false },
  ])('$address: $expected', ({ address, expected }) => {
    expect(isMovedAddress(address)).toBe(expected);
  });
});
