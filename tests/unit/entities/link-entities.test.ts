import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeLinkEntities } from '../../../src/lib/entities/link-entities.ts';
import { articleBodyTree } from '../../../src/lib/site/article-body.ts';

const html = (texts: string[], links: { name: string; href: string }[]): string => {
  const processor = unified().use(rehypeLinkEntities, { links }).use(rehypeStringify);
  return processor.stringify(processor.runSync(articleBodyTree(texts.map((text) => ({ kind: 'paragraph' as const, text })))));
};

describe('rehypeLinkEntities', () => {
  test.each([
    { name: 'only the first mention is linked', texts: ['Putin spoke.', 'Putin left.'], links: [{ name: 'Putin', href: '/p/' }], expected: '<p><a href="/p/">Putin</a> spoke.</p>\n<p>Putin left.</p>' },
    { name: 'whole words only', texts: ['Putinism and Putin.'], links: [{ name: 'Putin', href: '/p/' }], expected: '<p>Putinism and <a href="/p/">Putin</a>.</p>' },
    { name: 'two names in one paragraph', texts: ['Putin met Assad.'], links: [{ name: 'Assad', href: '/a/' }, { name: 'Putin', href: '/p/' }], expected: '<p><a href="/p/">Putin</a> met <a href="/a/">Assad</a>.</p>' },
    { name: 'the longer name first', texts: ['Bashar al-Assad spoke.'], links: [{ name: 'Assad', href: '/a/' }, { name: 'Bashar al-Assad', href: '/b/' }], expected: '<p><a href="/b/">Bashar al-Assad</a> spoke.</p>' },
    { name: 'text stays text', texts: ['<b>Putin</b>'], links: [{ name: 'Putin', href: '/p/' }], expected: '<p>&#x3C;b><a href="/p/">Putin</a>&#x3C;/b></p>' },
    { name: 'no mention, no link', texts: ['Nobody here.'], links: [{ name: 'Putin', href: '/p/' }], expected: '<p>Nobody here.</p>' },
  ])('$name', ({ texts, links, expected }) => {
    expect(html(texts, links)).toBe(expected);
  });
});
