// `npm run build` end to end in a copy of the project: a bad seed stops the build and leaves
// the previous dist/ as it was; --skip-invalid builds the rest; permalinks survive other
// seeds coming and going; a running build's lock stops a second one.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';
import { runScript, snapshotDir } from '../helpers/run-script.ts';
import { plainArticle, writeSeeds } from '../helpers/seed-files.ts';

describe('npm run build', () => {
  let project: string;
  let seeds: string;
  const build = (...args: string[]) => runScript('build', ['--seeds', seeds, ...args], { cwd: project });

  beforeAll(() => {
    project = copyProject();
    seeds = writeSeeds(join(project, 'seeds'), {
      'a.txt': plainArticle('Harbour plan approved', 'harbour'),
      'b.txt': plainArticle('Tram line opens', 'tram'),
      'c.txt': plainArticle('Library extends its hours', 'library'),
    });
  });

  /** The page address of every article in the built collection, by seed file. */
  const pages = (): Record<string, string> => {
    const dir = join(project, 'src', 'content', 'articles');
    return Object.fromEntries(
      readdirSync(dir).map((name) => [String((JSON.parse(readFileSync(join(dir, name), 'utf8')) as { file: unknown }).file), name.replace(/\.json$/, '')]),
    );
  };

  test('builds the seeds into dist/, taking over a stale lock, and leaves no temporary folder', async () => {
    mkdirSync(join(project, '.cache'), { recursive: true });
    writeFileSync(join(project, '.cache', 'build.lock'), '999999999\n');
    const run = await build();
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('build: 3 articles built into dist/.');
    // No SITE_URL: the build says the feed, sitemap and canonical links point at localhost, and how to fix it
    // (read without the colours Astro's logger adds when the terminal, or CI, asks for them).
    expect(stripVTControlCharacters(`${run.stdout}${run.stderr}`)).toMatch(/\[site-url\] the site's address is http:\/\/localhost:4321, so canonical links, the RSS feed and the sitemap point at this machine\..*Set SITE_URL/);
    // The content store's chunks were read at run time, not bundled (see store-at-run-time.ts).
    expect(stripVTControlCharacters(`${run.stdout}${run.stderr}`)).not.toContain('[store-at-run-time]');
    const home = readFileSync(join(project, 'dist', 'index.html'), 'utf8');
    for (const title of ['Harbour plan approved', 'Tram line opens', 'Library extends its hours']) expect(home).toContain(title);
    expect(readdirSync(project).filter((name) => name.includes('building') || name.includes('.old-'))).toEqual([]);
    expect(existsSync(join(project, '.cache', 'build.lock'))).toBe(false);
  }, 180_000);

  test('stops on a bad seed, naming the file, the reason and the fix, and leaves dist/ as it was', async () => {
    const before = snapshotDir(join(project, 'dist'));
    writeFileSync(join(seeds, 'empty.txt'), '');
    const run = await build();
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toContain(`${join(seeds, 'empty.txt')}: error: no article body (the file is empty): add the article's text, or remove the file [no-article-body]`);
    expect(run.stderr).toContain(
      'build: fix the seed as said above, or build the rest with `npm run build -- --skip-invalid` (or ARCHIVE_SKIP_INVALID=1). dist/ was left as it was.',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotDir(join(project, 'dist'))).toEqual(before);
  }, 60_000);

  test('leaves dist/ as it was when astro build itself fails', async () => {
    const before = snapshotDir(join(project, 'dist'));
    const broken = join(project, 'src', 'pages', 'broken-page.astro');
    writeFileSync(broken, "---\nthrow new Error('this page cannot render');\n---\n<p>never</p>\n");
    try {
      const run = await build('--skip-invalid');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('build: astro build failed (exit status 1, see above); dist/ was left as it was.');
    } finally {
      rmSync(broken);
    }
    expect(snapshotDir(join(project, 'dist'))).toEqual(before);
    expect(readdirSync(project).filter((name) => name.includes('building'))).toEqual([]);
  }, 180_000);

  test('with --skip-invalid, builds the rest and lists what was skipped; other seeds never move a permalink', async () => {
    const slugOfA = pages()['a.txt'];
    writeFileSync(join(seeds, '0-first.txt'), plainArticle('An article that sorts first', 'first'));
    rmSync(join(seeds, 'c.txt'));
    renameSync(join(seeds, 'b.txt'), join(seeds, 'b-renamed.txt'));
    const before = snapshotDir(seeds);
    const run = await build('--skip-invalid');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('build: skipped 1 invalid seed: empty.txt.');
    expect(pages()['a.txt']).toBe(slugOfA);
    expect(readFileSync(join(project, 'dist', 'articles', slugOfA ?? '', 'index.html'), 'utf8')).toContain('Harbour plan approved');
    expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toContain('An article that sorts first');
    expect(snapshotDir(seeds)).toEqual(before);
  }, 180_000);

  test('a second build stops with a clear message while another holds the lock', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(project, '.cache', 'build.lock'), `${holder.pid}\n`);
      const run = await build('--no-wait');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `build: another build (pid ${holder.pid}) is running in this folder (lock file .cache/build.lock). Wait for it to finish; if no build is running, delete .cache/build.lock.`,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      holder.kill();
      rmSync(join(project, '.cache', 'build.lock'), { force: true });
    }
  }, 60_000);
});
