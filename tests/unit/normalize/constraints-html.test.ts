// The hand rules of the saved-page (.html) reader that remain as constraints beside the role model,
// each with the corpus pages it fixes: those the normalizer gets wrong with the rule taken out
// (found by scoring with the rule removed, `npm run eval -- --format html`). The corpus lives
// beside the project: without it these cases skip.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../src/lib/normalize/index.ts';
import { comparable, wordsOnly } from '../../../src/lib/train/label-lines.ts';

const corpus = resolve(import.meta.dirname, '../../../../shared/corpus');
const missing = !existsSync(corpus);

interface Gold {
  readonly authors: string[];
  readonly title: string;
  readonly body_first_words?: string;
}

/** A corpus page's saved HTML, normalized, and its labels. */
function page(id: string): { gold: Gold; record: ReturnType<typeof normalize> } {
  const gold = JSON.parse(readFileSync(resolve(corpus, `${id}.json`), 'utf8')) as Gold;
  return { gold, record: normalize({ file: `${id}.html`, bytes: readFileSync(resolve(corpus, `${id}.html`)) }) };
}

/** Letters and digits only, as score.py compares a body's first words. */
const compact = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\W_]+/gu, '');

/** Whether a byline names every labelled author (as score.py counts it). */
const namesAll = (byline: string | null, authors: readonly string[]): boolean =>
  byline !== null && authors.every((a) => ` ${wordsOnly(byline)} `.includes(` ${wordsOnly(a)} `));

describe('where the text gives no byline, the names the markup tags as authors (microdata, rel="author") are the byline', () => {
  test.skipIf(missing).each([
    { id: 'dev-postlight/402', site: 'arstechnica.com' },
    { id: 'dev-postlight/430', site: 'sciencefly.com' },
    { id: 'dev-postlight/473', site: 'ndtv.com' },
    { id: 'dev-postlight/498', site: 'theguardian.com' },
  ])('$site: the byline names the authors', ({ id }) => {
    const { gold, record } = page(id);
    expect(record.ok && namesAll(record.article.byline, gold.authors)).toBe(true);
  });
});

describe('a stated author the name splitter does not read as a person ("MND Staff", lower case) counts when the page prints it', () => {
  test.skipIf(missing).each([
    { id: 'dev/199', site: 'mexiconewsdaily.com' },
    { id: 'dev-postlight/410', site: 'hellogiggles.com' },
    { id: 'dev-postlight/479', site: 'nytimes.com' },
  ])('$site: the byline names the authors', ({ id }) => {
    const { gold, record } = page(id);
    expect(record.ok && namesAll(record.article.byline, gold.authors)).toBe(true);
  });
});

describe('a printed byline naming one of the stated authors wins over the stated list (which may hold the parent company)', () => {
  test.skipIf(missing).each([
    { id: 'dev/257', site: 'wired.com', byline: 'Scott Gilbertson Gear Team' },
    { id: 'dev/253', site: 'newyorker.com', byline: 'Rachel Riederer' },
    { id: 'dev-postlight/427', site: 'pitchfork.com', byline: 'Larry Fitzmaurice' },
    { id: 'dev-postlight/509', site: 'wired.com', byline: 'Emma Grey Ellis' },
  ])('$site: the byline is "$byline", as printed', ({ id, byline }) => {
    const { record } = page(id);
    expect(record.ok && record.article.byline).toBe(byline);
  });
});

describe('the headline the metadata points to is looked for inside the run of prose when none comes close before it, and may read as a caption', () => {
  test.skipIf(missing).each([
    { id: 'dev-postlight/416', site: 'newrepublic.com', how: 'a photo credit under it' },
    { id: 'dev-postlight/485', site: 'politico.com', how: 'a newsletter’s blurb above it' },
    { id: 'dev-postlight/495', site: 'si.com', how: 'a teaser above it' },
  ])('$site: the headline, despite $how', ({ id }) => {
    const { gold, record } = page(id);
    expect(record.ok && comparable(record.article.title)).toBe(comparable(gold.title));
  });
});

describe('a line the markup sets beside the body’s paragraphs (in the element holding most of them) is text, though short or no sentence', () => {
  test.skipIf(missing).each([
    { id: 'dev/145', site: 'autoracing.com.br', line: '1a etapa: 10 de março – Interlagos' },
    { id: 'dev/114', site: 'vortexcannon.org', line: 'What’s new in 2.26 (September pack)?' },
    { id: 'dev/064', site: 'zdnet.com', line: 'Apple AirPods Pro for $235' },
    { id: 'dev/078', site: 'kabarislamia.com', line: 'Fatwa Para Ulama Syi’ah Larangan Mencaci Para Sahabat' },
    { id: 'dev/179', site: 'vse-diety.com', line: 'Список запрещенных продуктов:' },
  ])('$site: "$line" is in the body', ({ id, line }) => {
    const { record } = page(id);
    expect(record.ok && record.article.body).toContain(line);
  });

  test.skipIf(missing).each([
    { id: 'dev-postlight/439', site: 'apartmenttherapy.com' },
    { id: 'dev-postlight/478', site: 'nydailynews.com' },
    { id: 'dev-postlight/493', site: 'rollingstone.com' },
    { id: 'dev-postlight/508', site: 'westernjournalism.com' },
  ])('$site: the body opens with the article’s first words', ({ id }) => {
    const { gold, record } = page(id);
    expect(record.ok && compact(record.article.body.join(' ')).startsWith(compact(gold.body_first_words ?? ''))).toBe(true);
  });
});
