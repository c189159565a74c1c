import { describe, expect, test } from 'vitest';
import { sitemapFiles } from '../../../src/lib/build-run/sitemap-files.ts';

describe('sitemapFiles', () => {
  test('lists the addresses sorted and once each, split at the limit, with an index of the files', async () => {
    const files = await sitemapFiles('https://news.example.org/', ['/b/', '/', '/a/', '/b/'], 2);
    expect(files.map((file) => file.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files[0]!.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example.org/</loc></url><url><loc>https://news.example.org/a/</loc></url></urlset>',
    );
    expect(files[1]!.xml).toContain('<loc>https://news.example.org/b/</loc>');
    expect(files[2]!.xml).toContain('<sitemap><loc>https://news.example.org/sitemap-1.xml</loc></sitemap>');
  });

  test('gives the same files whatever order the addresses come in', async () => {
    expect(await sitemapFiles('https://n.example/', ['/x/', '/y/', '/'])).toEqual(await sitemapFiles('https://n.example/', ['/', '/y/', '/x/']));
  });
});
