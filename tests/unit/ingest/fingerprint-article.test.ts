import { describe, expect, test } from 'vitest';
import { fingerprintArticle, versionKey } from '../../../src/lib/ingest/fingerprint-article.ts';

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

describe('versionKey', () => {
  const lead = 'The city council voted on Tuesday to close the old bridge to traffic for a year of repairs.';
  test.each([
    { name: 'the same text', a: { title: 'Bridge closes', body: [lead] }, b: { title: 'Bridge closes', body: [lead] }, same: true },
    { name: 'other punctuation, case and later paragraphs', a: { title: 'Bridge closes', body: [lead, 'More.'] }, b: { title: 'BRIDGE CLOSES!', body: [lead.replace(',', '').toUpperCase(), 'Other.'] }, same: true },
    { name: 'a short kicker before the lead', a: { title: 'Bridge closes', body: ['Updated', lead] }, b: { title: 'Bridge closes', body: [lead] }, same: true },
    { name: 'another headline', a: { title: 'Bridge closes', body: [lead] }, b: { title: 'Bridge reopens', body: [lead] }, same: false },
    { name: 'another story under the same headline', a: { title: 'Live updates', body: [lead] }, b: { title: 'Live updates', body: ['Voters in the north of the country went to the polls on Sunday in a tight race.'] }, same: false },
  ])('$name: versions of one article is $same', ({ a, b, same }) => {
    expect(versionKey(a) === versionKey(b)).toBe(same);
  });
});
