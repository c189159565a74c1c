import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCorpus } from '../../../src/lib/train/read-corpus.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A corpus folder holding `pages` as `NNN.txt` with `NNN.json`, and files that are not pages. */
function corpusOf(pages: Record<string, { text: string; gold: object }>): string {
  const folder = tempDir('corpus-');
  for (const [n, { text, gold }] of Object.entries(pages)) {
    writeFileSync(join(folder, `${n}.txt`), text);
    writeFileSync(join(folder, `${n}.json`), JSON.stringify(gold));
  }
  writeFileSync(join(folder, '001.html'), '<p>not a page</p>');
  writeFileSync(join(folder, 'README.md'), 'not a page');
  return folder;
}

const folder = corpusOf({
  '010': {
    text: 'Second page',
    gold: {
      url: 'https://www.news.example/story/1',
      title: 'A title in the text',
      title_in_text: true,
      date: '2017-03-09',
      authors: ['Jane Doe', 'John Roe'],
      body: 'One.\n\nTwo.',
    },
  },
  '001': {
    text: 'First page \u2014 caf\u00e9',
    gold: {
      site: 'example.com',
      url: 'https://www.other.example/a',
      title: 'A title the text lacks',
      title_in_text: false,
      date: '2016-12-09T09:13:00.000Z',
      authors: ['Ann Lee'],
      author_in_text: false,
      body: null,
      body_first_words: 'First page',
    },
  },
});
const name = basename(folder);
const pages = readCorpus(folder);

describe('readCorpus', () => {
  test('reads every NNN.txt page in file-name order, with ids <folder name>/<NNN>', () => {
    expect(pages.map((p) => p.id)).toEqual([`${name}/001`, `${name}/010`]);
    expect(pages.map((p) => p.corpus)).toEqual([name, name]);
  });

  test('gives the same ids for a folder written with a trailing slash', () => {
    expect(readCorpus(`${folder}/`).map((p) => p.id)).toEqual(pages.map((p) => p.id));
  });

  test('keeps the page text as its bytes', () => {
    expect(new TextDecoder().decode(pages[0]?.bytes)).toBe('First page \u2014 caf\u00e9');
  });

  test.each([
    { field: 'site', first: 'example.com', second: 'news.example' }, // the gold site, else the URL's host without www.
    { field: 'title', first: null, second: 'A title in the text' }, // null when title_in_text is false
    { field: 'date', first: '2016-12-09', second: '2017-03-09' }, // cut to YYYY-MM-DD
    { field: 'authors', first: null, second: ['Jane Doe', 'John Roe'] }, // null when author_in_text is false
    { field: 'body', first: null, second: 'One.\n\nTwo.' },
    { field: 'bodyFirstWords', first: 'First page', second: null },
  ] as const)('labels $field as $first and $second', ({ field, first, second }) => {
    expect(pages.map((p) => p[field])).toEqual([first, second]);
  });

  test('throws an error naming a folder with no pages', () => {
    const empty = join(tempDir('corpus-'), 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.txt'), 'not a page');
    expect(() => readCorpus(empty)).toThrow(empty);
  });
});
