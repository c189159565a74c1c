import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../src/lib/article/schema.ts';
import { normalize } from '../../../src/lib/normalize/index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const article = 'A headline that says what happened\n\nThe first paragraph of the story tells the reader what happened, where it happened and why it matters to them.\n\nThe second paragraph adds the details that a reader would want to know after reading the first one.\n';

describe('bad input: each gives a message naming the file, the problem and the fix', () => {
  test.each([
    { name: 'an empty file', bytes: new Uint8Array(), rule: 'no-article-body', error: 'no article body (the file is empty): add the article\'s text, or remove the file' },
    { name: 'a whitespace-only file', bytes: utf8(' \n\t\r\n  \n'), rule: 'no-article-body', error: 'no article body (the file holds only whitespace): add the article\'s text, or remove the file' },
    {
      name: 'a binary file',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x21]),
      rule: 'binary-file',
      line: 1,
      error: 'binary file (NUL bytes at offset 5): seeds must be plain text; remove the file or convert it to UTF-8',
    },
    {
      name: 'a boilerplate-only file',
      bytes: utf8('Skip to main content\n\nAdvertisement\n\nShare\n\nPage not found\n'),
      rule: 'no-article-body',
      error: 'no article body (every line is page furniture such as navigation, share or advertisement lines): add the article\'s text, or remove the file',
    },
    {
      name: 'a headline and nothing else',
      bytes: utf8('Pompeo says Russia responsible for Turkish soldiers\' deaths\n'),
      rule: 'no-article-body',
      error: 'no article body (only a headline, no paragraphs): add the article\'s text, or remove the file',
    },
    {
      name: 'front matter and nothing else',
      bytes: utf8('---\ntitle: A title\n---\n\n'),
      rule: 'no-article-body',
      error: 'no article body (only front matter): add the article\'s text, or remove the file',
    },
    {
      name: 'malformed front matter',
      bytes: utf8(`---\ntitle: A title\ndate: [2020-03-19\nbyline: Jane Doe\n---\n${article}`),
      rule: 'front-matter-malformed',
      line: 3,
      error: /^malformed front matter at line \d+: .+; fix the YAML between the --- lines \(quote values that contain a colon\)$/,
    },
    {
      name: 'front matter that is never closed',
      bytes: utf8(`---\ntitle: A title\n${article}`),
      rule: 'front-matter-unclosed',
      line: 1,
      error: 'front matter opened with --- on line 1 is never closed: add a line --- after the last field, or remove the first line',
    },
    {
      name: 'a relative date in front matter',
      bytes: utf8(`---\ndate: yesterday\n---\n${article}`),
      rule: 'front-matter-invalid-value',
      line: 2,
      error: 'front matter field "date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "yesterday"; write e.g. date: 2020-03-19',
    },
    {
      name: 'an impossible date in front matter',
      bytes: utf8(`---\ndate: "2020-02-30"\n---\n${article}`),
      rule: 'front-matter-invalid-value',
      line: 2,
      error: 'front matter field "date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "2020-02-30"; write e.g. date: 2020-03-19',
    },
    {
      name: 'an impossible unquoted date in front matter',
      bytes: utf8(`---\ndate: 2020-02-30\n---\n${article}`),
      rule: 'front-matter-invalid-value',
      line: 2,
      error: 'front matter field "date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "2020-02-30"; write e.g. date: 2020-03-19',
    },
    {
      name: 'a title that is a mapping',
      bytes: utf8(`---\ntitle:\n  text: A title\n---\n${article}`),
      rule: 'front-matter-invalid-value',
      line: 2,
      error: 'front matter field "title": expected a line of text, found a mapping',
    },
  ])('$name', ({ bytes, rule, line, error }: { bytes: Uint8Array; rule: string; line?: number; error: string | RegExp }) => {
    const result = normalize({ file: 'seeds/x.txt', bytes });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = typeof error === 'string' ? error : expect.stringMatching(error);
    expect(result.error).toEqual({ file: 'seeds/x.txt', rule, message, ...(line === undefined ? {} : { line }), severity: 'error' });
  });

  test('malformed front matter names the line of the problem', () => {
    const result = normalize({ file: 'x.txt', bytes: utf8(`---\ntitle: A title\nbyline: Jane: Doe: x\n---\n${article}`) });
    expect(result.ok ? '' : result.error.message).toContain('at line 3:');
    expect(result.ok || result.error.line).toBe(3);
  });
});

describe('warnings: each names its rule and, when known, the line of the seed', () => {
  test.each([
    { name: 'an unknown front matter field in a text seed', file: 'x.txt', text: `---\ntitle: A title\nsection: Local\n---\n${article}`, rule: 'front-matter-unknown-key', line: 3 },
    { name: "a clipping's author of the wrong type", file: 'x.md', text: `---\ntitle: A title\nsource: https://example.com/a\nauthor: 42\n---\n${article}`, rule: 'front-matter-ignored-value', line: 4 },
    { name: 'a control character on the third line', file: 'x.txt', text: article.replace('The first paragraph', 'The\u0007 first paragraph'), rule: 'control-characters', line: 3 },
    { name: 'a date far in the future', file: 'x.txt', text: `---\ndate: 3000-01-01\n---\n${article}`, rule: 'future-date', line: undefined },
  ])('$name: $rule', ({ file, text, rule, line }) => {
    const result = normalize({ file, bytes: utf8(text) });
    expect(result.ok && result.article.warnings.map((w) => [w.file, w.rule, w.line, w.severity])).toEqual([[file, rule, line, 'warning']]);
  });
});

describe('encodings: the same article whatever the bytes', () => {
  const expected = normalize({ file: 'x.txt', bytes: utf8(article) });
  const le = (text: string): Uint8Array => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      out[2 + i * 2] = text.charCodeAt(i) & 0xff;
      out[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return out;
  };
  const be = (text: string): Uint8Array => {
    const l = le(text);
    const out = new Uint8Array(l.length);
    for (let i = 0; i < l.length; i += 2) {
      out[i] = l[i + 1] ?? 0;
      out[i + 1] = l[i] ?? 0;
    }
    return out;
  };
  test.each([
    { name: 'UTF-8 with a BOM and CRLF line ends', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(article.replace(/\n/g, '\r\n'))]) },
    { name: 'UTF-16 LE with a BOM', bytes: le(article) },
    { name: 'UTF-16 BE with a BOM', bytes: be(article) },
    { name: 'old Mac CR line ends', bytes: utf8(article.replace(/\n/g, '\r')) },
  ])('$name', ({ bytes }) => {
    const result = normalize({ file: 'x.txt', bytes });
    expect(result.ok && result.article.body).toEqual(expected.ok && expected.article.body);
    expect(result.ok && result.article.title).toBe('A headline that says what happened');
  });

  test('Windows-1252 text is decoded, with a warning that names the line and the fix', () => {
    const text = `Café owners say the new rules hurt\n\n${article.split('\n\n').slice(1).join('\n\n')}`;
    const bytes = Uint8Array.from([...text].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
    const result = normalize({ file: 'x.txt', bytes });
    expect(result.ok && result.article.title).toBe('Café owners say the new rules hurt');
    expect(result.ok && result.article.warnings).toEqual([
      {
        file: 'x.txt',
        rule: 'not-utf8',
        message: 'not valid UTF-8 (first bad byte at offset 3); read as Windows-1252: check the accented characters, or save the file as UTF-8',
        line: 1,
        severity: 'warning',
      },
    ]);
  });
});

describe('front matter overrides the text', () => {
  test.each([
    { yaml: 'title: Chosen title', field: 'title', value: 'Chosen title' },
    { yaml: 'date: 2020-03-19', field: 'date', value: '2020-03-19' },
    { yaml: 'date: 2020-03', field: 'date', value: '2020-03' },
    { yaml: 'date: 2020', field: 'date', value: '2020' },
    { yaml: 'date: 2020-01-01', field: 'date', value: '2020-01-01' },
    { yaml: 'byline: Jane Doe', field: 'byline', value: 'Jane Doe' },
    { yaml: 'byline: [Jane Doe, John Roe]', field: 'byline', value: 'Jane Doe, John Roe' },
    { yaml: 'source: Reuters', field: 'source', value: 'Reuters' },
    { yaml: 'slug: my-chosen-slug', field: 'slug', value: 'my-chosen-slug' },
  ])('$yaml', ({ yaml, field, value }) => {
    const result = normalize({ file: 'x.txt', bytes: utf8(`---\n${yaml}\n---\n${article}`) });
    expect(result.ok && (result.article as Record<string, unknown>)[field]).toBe(value);
  });

  test('the front matter lines are metadata and the sources say so', () => {
    const result = normalize({ file: 'x.txt', bytes: utf8(`---\ntitle: Chosen title\ndate: 2020-03-19\n---\n${article}`) });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.lines.slice(0, 4)).toEqual([
      { text: '---', role: 'metadata' },
      { text: 'title: Chosen title', role: 'metadata' },
      { text: 'date: 2020-03-19', role: 'metadata' },
      { text: '---', role: 'metadata' },
    ]);
    expect([result.article.titleSource, result.article.dateSource]).toEqual(['front-matter', 'front-matter']);
  });
});

describe('markup and odd text', () => {
  test('markup in the text is kept literally', () => {
    const body = 'He wrote <script>alert("x")</script> and <b>bold</b> words into the form, and the page showed them as they were typed.';
    const result = normalize({ file: 'x.txt', bytes: utf8(`A headline about markup in text\n\n${body}\n\n${body.replace('He', 'She')}\n`) });
    expect(result.ok && result.article.body).toEqual([body, body.replace('He', 'She')]);
  });

  test('whitespace inside lines is normalised, nothing else changes', () => {
    const result = normalize({ file: 'x.txt', bytes: utf8(`A headline about spacing\n\n  The   first\tparagraph, with   odd spacing and\u00a0a no-break space, is kept as it reads.  \n`) });
    expect(result.ok && result.article.body).toEqual(['The first paragraph, with odd spacing and a no-break space, is kept as it reads.']);
  });

  test('an id comes from the file name, without folders or .txt', () => {
    const result = normalize({ file: 'seeds/000_abc.txt', bytes: utf8(article) });
    expect(result.ok && result.article.id).toBe('000_abc');
  });
});

/** Paragraphs of ordinary prose, long enough to anchor a body. */
const para = (n: number): string =>
  `Paragraph ${n} of the story says what the officials told the reporters on the day, and it goes on to explain why that matters to the people who live in the city.`;

describe('body rules on page shapes', () => {
  test.each([
    {
      name: 'a long line the page shows three times (an image\'s alt text) does not break the body',
      text: [
        'A headline about the festival in the park',
        para(1),
        para(2),
        ...[3, 4, 5].flatMap((n) => ['2018 City Theatre Tradition Series Performance [The Palace: A Tale of the Court] at the Park Festival', para(n)]),
      ].join('\n\n'),
      body: [para(1), para(2), para(3), para(4), para(5)],
    },
    {
      name: 'a box of headlines inside the story is removed and the story after it kept',
      text: [
        'A headline about the festival in the park',
        para(1),
        para(2),
        para(3),
        para(7),
        'Most read in world news',
        ...['TIME TRAVELLER', 'EYE POPPING', 'RANDY ANDY', 'WARNING', 'DRIVEN AWAY', 'GET WITH IT'].flatMap((kicker, n) => [
          kicker,
          `Theorists say they spotted face number ${n} in a very old picture`,
        ]),
        para(4),
        para(5),
        para(6),
      ].join('\n\n'),
      body: [para(1), para(2), para(3), para(7), para(4), para(5), para(6)],
    },
    {
      name: 'a teaser card inside the story (kicker and headline twice, then a blurb) is removed',
      text: [
        'A headline about the festival in the park',
        para(1),
        para(2),
        'Business',
        'Column: a rival firm bids for the chain of papers',
        'Business',
        'Column: a rival firm bids for the chain of papers',
        'Among those who believe that the press has value, the firm says it sees a chance.',
        para(3),
        para(4),
      ].join('\n\n'),
      body: [para(1), para(2), para(3), para(4)],
    },
    {
      name: 'the pitch and small print of a newsletter box inside the story go with the box',
      text: [
        'A headline about the festival in the park',
        para(1),
        'Sign up to our weekly newsletter',
        'The most pressing stories and debates of the week, from the economy to the environment, every Friday.',
        'Enter your email address',
        para(2),
        para(3),
      ].join('\n\n'),
      body: [para(1), para(2), para(3)],
    },
    {
      name: 'the text ends at a section heading that is also known furniture, however prose-like the teasers after it',
      text: [
        'A headline about the festival in the park',
        para(1),
        para(2),
        'Share This Story',
        'Recommended Stories',
        'Scientists Have Created a Vaccine for Cat Allergies, but You Can\'t Have It Yet',
      ].join('\n\n'),
      body: [para(1), para(2)],
    },
    {
      name: 'paragraphs in a language the stopword lists do not know are the body, though none anchors a run',
      text: [
        'Non blandit quis sodales',
        'Non blandit quis sodales. Pulvinar vel semper lectus, faucibus, tincidunt in aliquam vestibulum nec, egestas. Diam. Magna lorem euismod augue suscipit.',
        'Mauris aliquam posuere, sodales diam risus in elit. Dolor eu molestie, tellus, at felis adipiscing erat amet sed pede. Est a, pede mollis, diam pretium.',
      ].join('\n\n'),
      body: [
        'Non blandit quis sodales. Pulvinar vel semper lectus, faucibus, tincidunt in aliquam vestibulum nec, egestas. Diam. Magna lorem euismod augue suscipit.',
        'Mauris aliquam posuere, sodales diam risus in elit. Dolor eu molestie, tellus, at felis adipiscing erat amet sed pede. Est a, pede mollis, diam pretium.',
      ],
    },
  ])('$name', ({ text, body }) => {
    const result = normalize({ file: 'x.txt', bytes: utf8(text) });
    expect(result.ok && result.article.body).toEqual(body);
  });
});

describe('removal reasons', () => {
  test('the name and title above a quotation (a claim box, a pull quote) are its caption', () => {
    const quote = '“We did nothing wrong, and the other side knows it very well,” the envoy told the agency in an interview on Monday.';
    const text = ['A headline about what the envoy said', 'Jane Example', 'Jane Example', 'Ambassador to Examplestan', quote, para(1), para(2)].join('\n\n');
    const result = normalize({ file: 'x.txt', bytes: utf8(text) });
    expect(result.ok && result.article.removed).toEqual([
      { text: 'Jane Example', reason: 'caption or credit' },
      { text: 'Jane Example', reason: 'caption or credit' },
      { text: 'Ambassador to Examplestan', reason: 'caption or credit' },
    ]);
  });

  test('a name and an initialism under the headline are its photo credit', () => {
    const text = ['Envoy says the talks will resume next week', 'Jane Doe WNA', para(1), para(2)].join('\n\n');
    const result = normalize({ file: 'x.txt', bytes: utf8(text) });
    expect(result.ok && result.article.title).toBe('Envoy says the talks will resume next week');
    expect(result.ok && result.article.removed).toEqual([{ text: 'Jane Doe WNA', reason: 'caption or credit' }]);
  });

  test('a short headline of that shape, under a section label, stays the headline', () => {
    const text = ['Technology', 'Apple Sues FBI', para(1), para(2)].join('\n\n');
    const result = normalize({ file: 'x.txt', bytes: utf8(text) });
    expect(result.ok && result.article.title).toBe('Apple Sues FBI');
  });
});

describe('the five seeds follow the rules', () => {
  const seeds = join(import.meta.dirname, '../../../seeds');
  const load = (name: string) => {
    const result = normalize({ file: name, bytes: readFileSync(join(seeds, name)) });
    if (!result.ok) throw new Error(result.error.message);
    expect(articleSchema.safeParse(result.article).error).toBeUndefined();
    return result;
  };
  const removed = (name: string) => load(name).article.removed;

  test('000: the headline, a photo credit removed, no date from "Tuesday", no byline', () => {
    const { article } = load('000_acfb1cd06d9362a9.txt');
    expect(article).toMatchObject({ title: "Pompeo says Russia responsible for Turkish soldiers' deaths", titleSource: 'headline', date: null, byline: null });
    expect(article.removed).toContainEqual({ text: 'Mike Pompeo AFP', reason: 'caption or credit' });
  });

  test('001: the title derived from the lead, the inline date field, the adaptation note removed', () => {
    const { article, lines } = load('001_5bd94d3de42f0080.txt');
    expect(article).toMatchObject({ titleSource: 'derived', date: '2020-03-19', dateSource: 'explicit' });
    expect(article.title.length).toBeGreaterThanOrEqual(80);
    expect(article.body[0]?.startsWith(article.title)).toBe(true);
    expect(lines[0]).toEqual({ text: 'date 2020-03-19', role: 'metadata' });
    expect(lines[1]?.role).toBe('body');
    expect(article.removed).toEqual([{ text: 'This article has been adapted from its original source.', reason: 'boilerplate' }]);
  });

  test.each([
    { name: '001_5bd94d3de42f0080.txt', blankLines: 12 },
    { name: '005_saved-page.html', blankLines: null },
  ])('$name: the blank lines the file had besides its lines ($blankLines)', ({ name, blankLines }) => {
    expect(load(name).blankLines).toBe(blankLines);
  });

  test('002: the headline once, its copy a duplicate, media player and video credit removed, no byline', () => {
    const { article } = load('002_1eacc7e9d99fa703.txt');
    const title = 'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria';
    expect(article).toMatchObject({ title, titleSource: 'headline', date: null, byline: null });
    expect(article.removed).toEqual(
      expect.arrayContaining([
        { text: title, reason: 'duplicate headline' },
        { text: 'please wait', reason: 'media player' },
        { text: 'No media source currently available', reason: 'media player' },
        { text: '0:00 0:01:47 0:00', reason: 'media player' },
        { text: `${title} video by Nik Yarst.`, reason: 'caption or credit' },
      ]),
    );
    expect(article.body).not.toContain('Aleksei Erkhov');
  });

  test('003: the headline after the share bar, share and advertisements removed', () => {
    const { article } = load('003_29f21851f9a14e70.txt');
    expect(article.title).toBe('Russia: US-led strike killed 62 Syrian troops');
    expect(article.removed).toEqual([
      { text: 'Share', reason: 'share' },
      { text: 'Advertisement', reason: 'advertisement' },
      { text: 'Advertisement', reason: 'advertisement' },
    ]);
  });

  test('004: the caption removed and its date not taken, the "Page not found" tail removed', () => {
    const { article } = load('004_59af26005722e3de.txt');
    expect(article).toMatchObject({ title: 'Russia accused of bombing US-backed militants in Syria', date: null, byline: null });
    expect(removed('004_59af26005722e3de.txt')).toEqual([
      { text: 'Skip to main content', reason: 'navigation' },
      { text: expect.stringMatching(/^Paul Gypteau, AFP \| A Russian Sukhoi/), reason: 'caption or credit' },
      { text: 'Page not found', reason: 'error page' },
      { text: 'The content you requested does not exist or is not available anymore.', reason: 'error page' },
    ]);
  });
});

describe('control characters never reach the record', () => {
  const body =
    'The city council approved the harbour plan on Tuesday after a long consultation with residents.\n\nWork is expected to start next spring and to take two years, the council said in a statement.\n';
  const page = (title: string): string =>
    `<html><head><title>x</title></head><body><article><h1>${title}</h1><p>The city council approved the harbour plan on Tuesday after a long consultation with residents.</p><p>Work is expected to start next spring and to take two years, the council said in a statement.</p></article></body></html>`;

  test.each([
    { name: 'raw in a text seed', file: 'x.txt', text: `Harbour\u0008 plan approved\n\n${body}`, how: 'U\\+0008', rule: 'control-characters' },
    { name: 'a YAML escape in front matter', file: 'x.txt', text: `---\ntitle: "Harbour\\b plan approved"\n---\nHarbour plan approved\n\n${body}`, how: 'escape', rule: 'escaped-control-characters' },
    { name: 'a character reference in a saved page', file: 'x.html', text: page('Harbour&#8; plan approved'), how: 'character reference', rule: 'escaped-control-characters' },
    { name: 'U+FFFF written as a reference in a saved page', file: 'x.html', text: page('Harbour&#xFFFF; plan approved'), how: 'character reference', rule: 'escaped-control-characters' },
  ])('$name', ({ file, text, how, rule }) => {
    const result = normalize({ file, bytes: utf8(text) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Harbour plan approved');
    expect(JSON.stringify(result)).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f])|\uffff/u);
    const warned = result.article.warnings.filter((w) => w.message.includes('control character'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ file, rule, severity: 'warning' });
    expect(warned[0]?.message).toMatch(new RegExp(`^1 control character .*${how}`, 'u'));
  });
});
