import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { readAuthorMarkup } from '../../../src/lib/normalize/read-author-markup.ts';

const marked = (html: string): string[] => readAuthorMarkup(unified().use(rehypeParse).parse(html));

describe('readAuthorMarkup: the authors the markup tags in the text', () => {
  test.each<{ name: string; html: string; expected: string[] }>([
    {
      name: 'a microdata Person: its itemprop="name"',
      html: '<p itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Jane Doe</span></p>',
      expected: ['Jane Doe'],
    },
    {
      name: 'a name given only as a meta tag\'s content',
      html: '<span itemprop="author" itemscope><meta itemprop="name" content="Desk Staff"></span><p>Text.</p>',
      expected: ['Desk Staff'],
    },
    {
      name: 'rel="author" links in one byline: every name, in order',
      html: '<div><a rel="author" href="/jane">Jane Doe</a> and <a rel="author" href="/john">John Roe</a></div>',
      expected: ['Jane Doe', 'John Roe'],
    },
    {
      name: 'nested tags: the innermost name, not the byline with its date',
      html: '<p itemprop="author creator"><a rel="author" href="/jane">Jane Doe</a> - <time>Aug 10, 2016</time></p>',
      expected: ['Jane Doe'],
    },
    {
      name: 'the label in front of a tagged name is cut off',
      html: '<p><a rel="author" href="/jane">More stories by Jane Doe</a></p>',
      expected: ['Jane Doe'],
    },
    {
      name: 'only the first block: the writers of related stories further down are not authors',
      html: '<header><span itemprop="author">Jane Doe</span></header><p>Text.</p><ul><li><span itemprop="author">John Roe</span></li></ul>',
      expected: ['Jane Doe'],
    },
    {
      name: 'an address or a handle is no name',
      html: '<p><a rel="author" href="/jane">https://example.com/jane</a></p>',
      expected: [],
    },
    { name: 'nothing tagged', html: '<p>By Jane Doe</p>', expected: [] },
  ])('$name', ({ html, expected }) => {
    expect(marked(html)).toEqual(expected);
  });
});
