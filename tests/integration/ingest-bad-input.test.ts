// Bad input through the CLI: each case is a seed in one folder next to good seeds; every case
// gets a message naming the file, the problem and the fix; the good seeds come out unchanged.
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/lib/article/diagnostic.ts';
import { collectionFields, readFiles, runScript, snapshotDir, type ScriptRun } from '../helpers/run-script.ts';
import { plainArticle, writeSeeds } from '../helpers/seed-files.ts';
import { runningAsRoot, tempDir } from '../helpers/temp-dir.ts';

const good: Record<string, string> = {
  'good-1.txt': plainArticle('Harbour plan approved after long consultation', 'harbour'),
  'good-2.txt': plainArticle('New tram line opens to passengers', 'tram'),
  'with space.txt': plainArticle('Odd file names still work', 'space'),
  'été à Paris.txt': plainArticle('Non-ASCII file names still work', 'paris'),
  '-leading-dash.txt': plainArticle('A leading dash is not an option', 'dash'),
  'dup-a.txt': plainArticle('Same story filed twice', 'duplicate'),
  'same-title-1.txt': plainArticle('Council approves the budget', 'north'),
};

const crlfBom = `\uFEFF${plainArticle('Harbour plan read from a Windows file', 'windows')}`.replace(/\n/g, '\r\n');
const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plainArticle('Harbour plan read from UTF-16 text', 'utf16'), 'utf16le')]);
/** Windows-1252 bytes of a text made of Latin-1 letters and curly quotes. */
const curly: Readonly<Record<string, number>> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
const windows1252 = (text: string): Buffer => Buffer.from([...text].map((ch) => curly[ch] ?? ch.charCodeAt(0)));
const cp1252 = windows1252(plainArticle('Café owners welcome the “harbour” plan', 'café'));
const binary = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n'), Buffer.alloc(64), Buffer.from('\nIHDR some text\n\nmore text here\n')]);

/** A saved page: `head` in its head, the title as its <h1>, then `paragraphs` as its article. */
const savedPage = (title: string, paragraphs: readonly string[], head = ''): string =>
  `<!DOCTYPE html><html><head>${head}<title>${title} | The Example Times</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${title}</h1><p>By Jane Doe</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer><p>© 2024 The Example Times</p></footer></body></html>
`;
const tramText = [
  'The tram depot on Mill Road reopened on Monday, three weeks after flood water filled the repair sheds and stranded twelve trams inside.',
  'Engineers worked through the night to dry the electrics, and the operator said every tram had passed its safety checks before returning to service.',
  'Passengers on the northern line had faced long delays while the depot was closed, and the operator apologised for the disruption.',
];
/** Unclosed tags, a stray </div> and </span>, a <p> inside a <p>, no </body> or </html>: a browser still shows the article. */
const brokenHtml = `<html><head><title>Tram depot reopens after the flood</title>
<body><div class="page"><nav><ul><li><a href="/">Home</a><li><a href="/news">News</a></ul></nav>
<article><h1>Tram depot reopens after the flood</h1>
<p>By Jane Doe
<p>${tramText[0]?.replace('twelve trams', '<b>twelve trams</i>')}
<p>${tramText[1]}</div></span>
<p>${tramText[2]}<p></p>
</article><footer>© 2024 The Example Times
`;
/** What the council printed: markup escaped as text, which must stay text. */
const scriptText = 'The council said a form on its website printed &lt;script&gt;alert(1)&lt;/script&gt; on every page after a faulty update on Friday.';
const scriptHtml = savedPage(
  'How a script tag broke the council website',
  [
    scriptText,
    'Officials took the site offline for two hours while engineers removed the faulty update and checked the other forms for the same mistake.',
    'The council said no personal data had been exposed, but it asked residents who filled in the form on Friday to submit it again.',
  ],
  '<script>document.title = "pwned-by-script";</script>',
);
const cp1252Html = windows1252(
  savedPage(
    'Café owners’ plan for the harbour',
    [
      'The owners of the harbour café said on Tuesday that they’d keep the terrace open through the winter if the council agreed to the new plan.',
      'Their proposal, published after a long consultation, asks for heaters on the quay and a shelter for the queue that forms on summer evenings.',
      'Councillors will vote on the plan next month, and several said they expected it to pass with the support of the residents’ association.',
    ],
    '<meta charset="windows-1252">',
  ),
);
const badClipper = `---\ntitle: "A clipping whose front matter breaks"\nauthor: [unclosed\npublished: 2024-03-12\n---\n# A clipping whose front matter breaks\n\n${tramText.join('\n\n')}\n`;

/** 245 characters: a collection file named after it would be over the file system's 255 bytes a name. */
const longSlug = `${Array.from({ length: 49 }, () => 'word').join('-')}s`;

const bad: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'whitespace-only.txt': '  \n\t\n   \r\n\n',
  'binary.txt': binary,
  'windows-1252.txt': cp1252,
  'utf-16.txt': utf16,
  'utf8-bom-crlf.txt': crlfBom,
  'boilerplate-only.txt': 'Skip to main content\n\nAdvertisement\n\nShare\n\nPage not found\n\nThe content you requested does not exist or is not available anymore.\n',
  'headline-only.txt': 'A headline and nothing else\n',
  'malformed-front-matter.txt': `---\ntitle: "unclosed\ndate: 2020-01-01\n---\n${plainArticle('Front matter that does not parse', 'yaml')}`,
  'date-yesterday.txt': `---\ndate: yesterday\n---\n${plainArticle('A date that is not a date', 'yesterday')}`,
  'dup-b.txt': good['dup-a.txt'] ?? '',
  'same-title-2.txt': plainArticle('Council approves the budget', 'south'),
  'slug-clash-1.txt': `---\nslug: the-same-address\n---\n${plainArticle('First article that asks for an address', 'first')}`,
  'slug-clash-2.txt': `---\nslug: the-same-address\n---\n${plainArticle('Second article that asks for it too', 'second')}`,
  'long-slug.txt': `---\nslug: ${longSlug}\n---\n${plainArticle('An article that asks for a very long address', 'long')}`,
  'notes.docx': 'not a seed',
  'README': 'not a seed',
  '.hidden.txt': plainArticle('Hidden files are skipped', 'hidden'),
  'broken.html': brokenHtml,
  'script-text.html': scriptHtml,
  'cp1252.html': cp1252Html,
  'bad-clipper.md': badClipper,
};

type SeedRecord = Record<string, unknown> & { file: string; status: string; error?: Diagnostic; warnings: Diagnostic[] };

describe('ingest with bad input', () => {
  let root: string;
  let seeds: string;
  let seedsBefore: Record<string, string>;
  let json: ScriptRun;
  let records: Map<string, SeedRecord>;
  let write: ScriptRun;
  let goodOnly: Record<string, string>;
  let mixed: Record<string, string>;

  beforeAll(async () => {
    root = tempDir('archive-bad-');
    seeds = writeSeeds(join(root, 'seeds'), { ...good, ...bad });
    writeFileSync(join(root, 'outside.txt'), plainArticle('A file outside the seeds folder', 'outside'));
    symlinkSync(join(root, 'outside.txt'), join(seeds, 'symlink-outside.txt'));
    writeFileSync(join(seeds, 'oversize.txt'), Buffer.alloc(20 * 1024 * 1024, 'Twenty megabytes of text.\n'));
    writeFileSync(join(seeds, 'unreadable.txt'), plainArticle('Nobody may read this', 'locked'));
    chmodSync(join(seeds, 'unreadable.txt'), 0o000);
    symlinkSync(join(seeds, 'no-such-file'), join(seeds, 'dangling.txt'));
    seedsBefore = snapshotDir(seeds);

    json = await runScript('ingest', ['--seeds', seeds, '--json', '--no-cache']);
    records = new Map((JSON.parse(json.stdout) as SeedRecord[]).map((r) => [r.file, r]));

    write = await runScript('ingest', ['--seeds', seeds, '--collection', join(root, 'mixed'), '--cache', join(root, 'cache')]);
    mixed = readFiles(join(root, 'mixed'));
    const goodSeeds = writeSeeds(join(root, 'good-seeds'), good);
    await runScript('ingest', ['--seeds', goodSeeds, '--collection', join(root, 'good'), '--no-cache']);
    goodOnly = readFiles(join(root, 'good'));
  }, 120_000);

  type ErrorCase = { file: string; rule: string; message: RegExp | string; line?: unknown };
  const errorCases: ErrorCase[] = [
    { file: 'empty.txt', rule: 'no-article-body', message: /^no article body/i },
    { file: 'whitespace-only.txt', rule: 'no-article-body', message: /^no article body/i },
    { file: 'headline-only.txt', rule: 'no-article-body', message: /^no article body/i },
    {
      file: 'oversize.txt',
      rule: 'seed-too-large',
      message: 'is 20 MB, over the limit of 5 MB per seed. A news article is far smaller: check that this is the right file, or split it into one file per article.',
    },
  ];
  const ruleErrorCases: ErrorCase[] = [
    { file: 'boilerplate-only.txt', rule: 'no-article-body', message: /^no article body/i },
    { file: 'binary.txt', rule: 'binary-file', message: /^binary/i, line: 3 },
    { file: 'malformed-front-matter.txt', rule: 'front-matter-malformed', message: /front matter.*line \d/i, line: expect.any(Number) },
    { file: 'bad-clipper.md', rule: 'front-matter-malformed', message: /^malformed front matter at line 3: .+; fix the YAML between the --- lines/, line: 3 },
    { file: 'long-slug.txt', rule: 'front-matter-invalid-value', message: /^front matter field "slug": expected at most 80 characters, found 245;/, line: 2 },
  ];

  /** The seed's JSON record is the error (file, rule, message, and line when known), and the summary prints it as a compiler would. */
  const expectError = ({ file, rule, message, line }: ErrorCase): void => {
    const record = records.get(file);
    expect(record?.status).toBe('error');
    const expected = { file, rule, message: typeof message === 'string' ? message : expect.stringMatching(message), severity: 'error' };
    expect(record?.error).toStrictEqual(line === undefined ? expected : { ...expected, line });
    const at = record?.error?.line === undefined ? '' : `:${record.error.line}`;
    expect(write.stderr).toContain(`${join(seeds, file)}${at}: error: ${record?.error?.message ?? ''} [${rule}]`);
  };

  test.each(errorCases)('$file is an error naming the file, the problem and the fix', (errorCase) => {
    expectError(errorCase);
  });

  test.each(ruleErrorCases)('$file is an error naming the file, the problem and the fix', (errorCase) => {
    expectError(errorCase);
  });

  test('a symbolic link that leads outside the seeds folder is refused, naming its target', () => {
    expectError({
      file: 'symlink-outside.txt',
      rule: 'symlink-outside-seeds',
      message: `is a symbolic link to ${join(root, 'outside.txt')}, outside the seeds folder; links are followed only inside it. Copy the file into the seeds folder instead.`,
    });
  });

  test.skipIf(runningAsRoot)('an unreadable file is an error naming it (skipped as root, who reads any file)', () => {
    expectError({ file: 'unreadable.txt', rule: 'seed-unreadable', message: 'cannot be read (permission denied). Make it readable, e.g. `chmod a+r` on it, or remove it.' });
  });

  test('a symbolic link to nothing is an error naming it, read by any user including root', () => {
    expectError({ file: 'dangling.txt', rule: 'seed-missing', message: 'disappeared while reading, or is a symbolic link to nothing. Restore the file or remove it.' });
  });

  test('a date that is not a date ("yesterday") is refused or dropped with a message about the date', () => {
    const record = records.get('date-yesterday.txt');
    if (record?.status === 'error') expect(record.error).toMatchObject({ file: 'date-yesterday.txt', line: 2, message: expect.stringMatching(/date/i) });
    else expect({ date: record?.['date'], warned: record?.warnings.some((w) => /date/i.test(w.message)) }).toEqual({ date: null, warned: true });
  });

  test('UTF-8 with a byte-order mark and CRLF line ends reads as clean text', () => {
    const record = records.get('utf8-bom-crlf.txt');
    expect(record?.status).toBe('ok');
    expect(record?.['title']).toBe('Harbour plan read from a Windows file');
    expect(JSON.stringify(record)).not.toMatch(/\\r|\\ufeff|\uFEFF/i);
  });

  test('UTF-16 with a byte-order mark is decoded', () => {
    expect(records.get('utf-16.txt')?.['title']).toBe('Harbour plan read from UTF-16 text');
  });

  test('bytes that are not UTF-8 are read as Windows-1252, with a warning', () => {
    const record = records.get('windows-1252.txt');
    expect(record?.['title']).toBe('Café owners welcome the “harbour” plan');
    expect(record?.warnings.filter((w) => /1252/.test(w.message)).map((w) => [w.file, w.rule, w.severity])).toEqual([['windows-1252.txt', 'not-utf8', 'warning']]);
  });

  test('broken HTML (unclosed tags, stray end tags, no </body>) is read as a browser reads it', () => {
    const record = records.get('broken.html');
    expect(record).toMatchObject({ status: 'ok', title: 'Tram depot reopens after the flood', authors: ['Jane Doe'], body: tramText });
  });

  test('markup written as text in a saved page stays text; the page\'s own scripts give no text', () => {
    const record = records.get('script-text.html');
    expect(record?.status).toBe('ok');
    const body = record?.['body'] as string[] | undefined;
    expect(body?.[0]).toBe(scriptText.replace('&lt;script&gt;', '<script>').replace('&lt;/script&gt;', '</script>'));
    expect(JSON.stringify(record)).not.toContain('pwned-by-script');
    const stored = Object.values(mixed).map((text) => collectionFields(text)).find((data) => data['file'] === 'script-text.html');
    expect(stored?.['body']).toEqual(body);
    expect(JSON.stringify(stored)).not.toContain('pwned-by-script');
  });

  test('a saved page in Windows-1252, declared by its <meta charset>, is decoded without a warning', () => {
    const record = records.get('cp1252.html');
    expect(record).toMatchObject({ status: 'ok', title: 'Café owners’ plan for the harbour', warnings: [] });
    expect((record?.['body'] as string[] | undefined)?.[0]).toBe(
      'The owners of the harbour café said on Tuesday that they’d keep the terrace open through the winter if the council agreed to the new plan.',
    );
  });

  test('the articles of the other formats are built beside the broken clipping', () => {
    const files = Object.values(mixed).map((text) => collectionFields(text)['file']);
    expect(files).toEqual(expect.arrayContaining(['broken.html', 'script-text.html', 'cp1252.html', 'good-1.txt']));
    expect(files).not.toContain('bad-clipper.md');
  });

  test('the same article under two names is published once, with a warning naming both files', () => {
    const message = 'same article as dup-a.txt (identical title and body); only dup-a.txt is published. Delete one of the two files.';
    expect(records.get('dup-b.txt')?.warnings).toContainEqual({ file: 'dup-b.txt', rule: 'duplicate-seed', message, severity: 'warning' });
    expect(write.stderr).toContain(`${join(seeds, 'dup-b.txt')}: warning: ${message} [duplicate-seed]`);
    const pages = Object.values(mixed)
      .map((text) => collectionFields(text))
      .filter((data) => data['title'] === 'Same story filed twice');
    expect(pages.map((data) => data['file'] as unknown)).toEqual(['dup-a.txt']);
  });

  test('two different articles with the same title get distinct slugs from the same words', () => {
    const slugs = ['same-title-1.txt', 'same-title-2.txt'].map((f) => String(records.get(f)?.['slug']));
    expect(slugs[0]).not.toBe(slugs[1]);
    for (const slug of slugs) expect(slug).toMatch(/^council-approves-the-budget-[0-9a-f]{6}$/);
  });

  test('two articles asking for the same address: the second is an error naming both', () => {
    expect(records.get('slug-clash-1.txt')).toMatchObject({ status: 'ok', slug: 'the-same-address' });
    expectError({
      file: 'slug-clash-2.txt',
      rule: 'slug-taken',
      message:
        'its page address /articles/the-same-address/ is already taken by slug-clash-1.txt. Give one of the two a different `slug:` in its front matter (or remove a duplicated one), or rename one of the files.',
    });
  });

  test.each([{ file: 'with space.txt' }, { file: 'été à Paris.txt' }, { file: '-leading-dash.txt' }])(
    'an odd name ($file) gives an article whose id is the name without .txt',
    ({ file }) => {
      expect(records.get(file)).toMatchObject({ status: 'ok', id: file.replace(/\.txt$/, '') });
    },
  );

  test('files that are not seeds (.txt, .html, .htm, .md) and hidden files are skipped and listed, not read', () => {
    expect([...records.keys()].filter((f) => !/\.(?:txt|html?|md)$/u.test(f))).toEqual([]);
    expect(records.has('.hidden.txt')).toBe(false);
    expect(write.stderr).toContain('skipped: .hidden.txt (hidden file (name starts with a dot))');
    expect(write.stderr).toContain('skipped: notes.docx (not a seed (.txt, .html, .htm or .md))');
    expect(write.stderr).toContain('skipped: README (not a seed (.txt, .html, .htm or .md))');
  });

  test('the JSON lists every .txt seed in file-name order and exits 1', () => {
    expect(json.code).toBe(1);
    const files = [...records.keys()];
    expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(files).toHaveLength(Object.keys({ ...good, ...bad }).filter((f) => /\.(?:txt|html?|md)$/u.test(f) && !f.startsWith('.')).length + 4);
  });

  test('writing exits 1 after building every other article unchanged', () => {
    expect(write.code).toBe(1);
    for (const [name, text] of Object.entries(goodOnly)) expect(mixed[name], name).toBe(text);
  });

  test('prints no stack trace', () => {
    for (const run of [json, write]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('leaves every seed as it was', () => {
    expect(snapshotDir(seeds)).toEqual(seedsBefore);
  });
});

describe('ingest with a missing seeds folder', () => {
  test('says which folder and how to fix it, without a stack trace, and exits 1', async () => {
    const missing = join(tempDir(), 'nowhere');
    const run = await runScript('ingest', ['--seeds', missing, '--no-cache', '--collection', join(missing, '..', 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${missing}: error: the seeds folder cannot be read (ENOENT). Create it and put one .txt, .html or .md file per article in it, or pass another folder with --seeds DIR. [seeds-folder-unreadable]`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('ingest with a large seed under the limit', () => {
  test('finishes in bounded time', async () => {
    const root = tempDir();
    const paragraph = 'The committee heard evidence from residents, traders and engineers about the plan for the harbour. ';
    const lines = Array.from({ length: 9000 }, (_, i) => `${paragraph.repeat(5)}Item ${i}.`);
    const seeds = writeSeeds(join(root, 'seeds'), { 'large.txt': `A very long report on the harbour\n\n${lines.join('\n\n')}\n` });
    const started = Date.now();
    const run = await runScript('ingest', ['--seeds', seeds, '--json', '--no-cache']);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
  }, 90_000);
});
