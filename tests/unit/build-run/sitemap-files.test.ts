import { describe, expect, test } from 'vitest';
import { escapeXml, sitemapFiles } from '../../../src/lib/build-run/sitemap-files.ts';

describe('sitemapFiles', () => {
  test('lists the addresses sorted and once each, split at the limit, with an index of the files', () => {
    const files = sitemapFiles('https://news.example.org/', ['/b/', '/', '/a/', '/b/'], 2);
    expect(files.map((file) => file.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files[0]!.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example.org/</loc></url><url><loc>https://news.example.org/a/</loc></url></urlset>',
    );
    expect(files[1]!.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example.org/b/</loc></url></urlset>',
    );
    expect(files[2]!.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example.org/sitemap-0.xml</loc></sitemap><sitemap><loc>https://news.example.org/sitemap-1.xml</loc></sitemap></sitemapindex>',
    );
  });

  test('an empty site still has one (empty) sitemap file and its index', () => {
    expect(sitemapFiles('https://n.example/', []).map((file) => file.name)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
  });

  test('gives the same files whatever order the addresses come in', () => {
    expect(sitemapFiles('https://n.example/', ['/x/', '/y/', '/'])).toEqual(sitemapFiles('https://n.example/', ['/', '/y/', '/x/']));
  });

  test('addresses are made absolute as URLs (non-ASCII percent-encoded) and escaped as XML', () => {
    const [file] = sitemapFiles('https://n.example/', ["/people/zoë/?a=1&b='2'"]);
    expect(file!.xml).toContain('<loc>https://n.example/people/zo%C3%AB/?a=1&amp;b=%272%27</loc>');
  });
});

describe('escapeXml', () => {
  test.each([
    { text: 'plain', xml: 'plain' },
    { text: `a & b < c > d " e ' f`, xml: 'a &amp; b &lt; c &gt; d &quot; e &apos; f' },
    { text: '&amp;', xml: '&amp;amp;' },
  ])('$text', ({ text, xml }) => {
    expect(escapeXml(text)).toBe(xml);
  });
});
