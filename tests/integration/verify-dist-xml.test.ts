// `npm run test:verify` reads the feed and the sitemaps as a feed reader does: each must be XML.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkXml } from '../../scripts/verify-dist.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const feed = (title: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News archive</title><item><title>${title}</title><link>https://example.com/articles/a/</link></item></channel></rss>`;
const sitemap = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.com/</loc></url></urlset>';

describe('checkXml', () => {
  test.each([
    { name: 'a clean feed', file: 'rss.xml', text: feed('Harbour plan approved'), problem: null },
    { name: 'a clean sitemap', file: 'sitemap-0.xml', text: sitemap, problem: null },
    { name: 'U+0008 in a feed title', file: 'rss.xml', text: feed('Harbour\u0008 plan'), problem: /^rss\.xml:1:\d+: the character U\+0008 is not allowed in XML/u },
    { name: 'U+0000 in a feed title', file: 'rss.xml', text: feed('Harbour\u0000 plan'), problem: /^rss\.xml:1:\d+: the character U\+0000 is not allowed/u },
    { name: 'U+FFFF in a sitemap', file: 'sitemap-index.xml', text: sitemap.replace('example.com/<', 'example.com/\uffff<'), problem: /^sitemap-index\.xml:1:\d+: the character U\+FFFF/u },
    { name: 'a reference to U+0008', file: 'rss.xml', text: feed('Harbour&#8; plan'), problem: /^rss\.xml:1:\d+: not well-formed XML: /u },
    { name: 'a bare ampersand', file: 'rss.xml', text: feed('Harbour & plan'), problem: /^rss\.xml:1:\d+: not well-formed XML: /u },
    { name: 'an unclosed element', file: 'sitemap-0.xml', text: sitemap.replace('</loc>', ''), problem: /^sitemap-0\.xml:1:\d+: not well-formed XML: /u },
  ])('$name', ({ file, text, problem }) => {
    const dist = tempDir('verify-xml-');
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dist, file), text);
    const report = checkXml(dist);
    expect(report.files).toBe(1);
    if (problem === null) expect(report.problems).toEqual([]);
    else {
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]).toMatch(problem);
    }
  });

  test('other XML files (an icon, a stylesheet) are not its business', () => {
    const dist = tempDir('verify-xml-');
    writeFileSync(join(dist, 'favicon.xml'), 'not xml &');
    expect(checkXml(dist)).toEqual({ checked: 0, files: 0, problems: [] });
  });
});
