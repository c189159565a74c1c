import { describe, expect, test } from 'vitest';
import { fingerprintArticle } from '../../../src/lib/ingest/fingerprint-article';

describe('fingerprintArticle', () => {
  test.each([
    { a: { title: 'T', body: ['a', 'b'] }, b: { title: 'T', body: ['a', 'b'] }, same: true },
    { a: { title: 'T', body: ['a', 'b'] }, b: { title: 'U', body: ['a', 'b'] }, same: false },
    { a: { title: 'T', body: ['a', 'b'] }, b: { title: 'T', body: ['ab'] }, same: false },
    { a: { title: 'T', body: ['a', 'b'] }, b: { title: 'T', body: ['b', 'a'] }, same: false },
    { a: { title: 'Ta', body: ['b'] }, b: { title: 'T', body: ['ab'] }, same: false },
  ])('$a and $b are the same article: $same', ({ a, b, same }) => {
    expect(fingerprintArticle(a) === fingerprintArticle(b)).toBe(same);
  });
});
