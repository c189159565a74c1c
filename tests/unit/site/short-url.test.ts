import { describe, expect, test } from 'vitest';
import { shortUrl } from '../../../src/lib/site/short-url.ts';

describe('shortUrl', () => {
  test.each([
    { url: 'https://news.example.org/2021/06/harbour-vote', expected: 'news.example.org/2021/06/harbour-vote' },
    { url: 'http://example.com/', expected: 'example.com' },
    { url: 'https://example.com', expected: 'example.com' },
    { url: 'https://example.com/a/?utm_source=x#comments', expected: 'example.com/a' },
    { url: 'https://www.example.com:8080/story', expected: 'www.example.com:8080/story' },
    { url: 'https://example.com/caf%C3%A9-opens', expected: 'example.com/café-opens' },
    { url: 'https://example.com/%E2%80%AEevil', expected: 'example.com/%E2%80%AEevil' },
    { url: 'https://example.com/%E0%A4%A', expected: 'example.com/%E0%A4%A' },
    { url: 'not a url', expected: 'not a url' },
  ])('$url is "$expected"', ({ url, expected }) => {
    expect(shortUrl(url)).toBe(expected);
  });

  test.each([
    { url: 'https://example.com/one/two/three', max: 20, expected: 'example.com/one/two…' },
    { url: 'https://example.com/2021/09/valley-weather-diaries', max: 38, expected: 'example.com/2021/09/valley-weather…' },
    { url: 'https://example.com/abcdefghijklmnop', max: 15, expected: 'example.com/abc…' },
    { url: 'https://subdomain.example.com/story', max: 10, expected: 'subdomain…' },
    { url: 'https://example.com/abc', max: 15, expected: 'example.com/abc' },
    { url: 'not a url but a long phrase', max: 12, expected: 'not a url bu…' },
  ])('$url at $max characters is "$expected"', ({ url, max, expected }) => {
    expect(shortUrl(url, max)).toBe(expected);
  });
});
