import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyFor, devContentSecurityPolicy } from '../../../src/lib/site/content-security-policy.ts';

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

describe('contentSecurityPolicyFor', () => {
  test('a build gets the strict policy', () => {
    expect(contentSecurityPolicyFor('build')).toBe(contentSecurityPolicy);
  });

  test("the dev server's pages may use inline styles, and nothing else changes", () => {
    const dev = contentSecurityPolicyFor('dev');
    expect(dev).toBe(devContentSecurityPolicy);
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev.replace(" 'unsafe-inline'", '')).toBe(contentSecurityPolicy);
    expect(dev).not.toContain("'unsafe-eval'");
  });
});
