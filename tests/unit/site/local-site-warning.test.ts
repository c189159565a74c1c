import { describe, expect, test } from 'vitest';
import { localSiteWarning } from '../../../src/lib/site/local-site-warning.ts';

describe('localSiteWarning', () => {
  test.each([
    { site: 'http://localhost:4321', expected: /the site's address is http:\/\/localhost:4321, so canonical links, the RSS feed and the sitemap point at this machine/ },
    { site: 'http://127.0.0.1:8080/', expected: /127\.0\.0\.1:8080.*Set SITE_URL/ },
    { site: 'http://[::1]:4321', expected: /point at this machine/ },
    { site: 'http://archive.localhost', expected: /point at this machine/ },
    { site: undefined, expected: /not set, expected the public address.*Set SITE_URL/ },
    { site: 'news.example.org', expected: /expected an absolute http or https address/ },
  ])('warns for $site', ({ site, expected }) => {
    expect(localSiteWarning(site)).toMatch(expected);
  });

  test.each(['https://news.example.org/', 'https://example.com/archive/', 'http://localhost.example.com'])('is quiet for %s', (site) => {
    expect(localSiteWarning(site)).toBeNull();
  });
});
