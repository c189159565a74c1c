import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, devContentSecurityPolicy } from '../../../src/lib/site/content-security-policy';

const directives = new Map(
  contentSecurityPolicy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('contentSecurityPolicy', () => {
  test.each([
    { directive: 'default-src', expected: ["'self'"] },
    { directive: 'script-src', expected: ["'self'"] },
    { directive: 'style-src', expected: ["'self'"] },
    { directive: 'object-src', expected: ["'none'"] },
  ])('$directive allows only $expected', ({ directive, expected }) => {
    expect(directives.get(directive)).toEqual(expected);
  });

  test.each(["'unsafe-inline'", "'unsafe-eval'", 'http:', 'https:', '*', 'frame-ancestors'])('never contains %s', (word) => {
    expect(contentSecurityPolicy).not.toContain(word);
  });
});

describe('devContentSecurityPolicy', () => {
  test('differs from the built pages\' policy only in allowing inline styles', () => {
    expect(devContentSecurityPolicy.replace(" 'unsafe-inline'", '')).toBe(contentSecurityPolicy);
    expect(devContentSecurityPolicy).toContain("style-src 'self' 'unsafe-inline'");
    expect(devContentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
  });
});
