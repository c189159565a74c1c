import { describe, expect, test } from 'vitest';
import { navCurrent } from '../../../src/lib/site/nav-current.ts';

describe('navCurrent', () => {
  test.each([
    { path: '/', href: '/', expected: 'page' },
    { path: '/page/2/', href: '/', expected: 'true' },
    { path: '/articles/a-1b2c3d/', href: '/', expected: 'true' },
    { path: '/timeline/', href: '/', expected: undefined },
    { path: '/timeline/', href: '/timeline/', expected: 'page' },
    { path: '/timeline/2020/', href: '/timeline/', expected: 'true' },
    { path: '/search/', href: '/search/', expected: 'page' },
    { path: '/404.html', href: '/', expected: undefined },
  ])('$href on $path is $expected', ({ path, href, expected }) => {
    expect(navCurrent(path, href)).toBe(expected);
  });
});
