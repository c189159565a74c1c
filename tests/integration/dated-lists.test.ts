// Lists are cut by date, not by count: the home page shows the newest 50 and an author with
// more has a page per year, so an article added leaves the other years' pages as they were (an
// incremental build keeps their files), and the old count-cut addresses (`/page/2/`,
// `/authors/<name>/page/2/`) lead on to where their first article is listed now.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';
import { fileHashes, runScript, type ScriptRun } from '../helpers/run-script.ts';
import { writeSeeds } from '../helpers/seed-files.ts';

const buildTimeout = 600_000;
const words = (
  'harbour council budget ferry school river station market bridge library museum tram hospital park court airport ' +
  'tunnel festival election strike flood drought vaccine factory mine forest railway stadium theatre prison embassy ' +
  'treaty tariff pension salary rent mortgage wildfire earthquake storm glacier reef orchard vineyard bakery brewery ' +
  'shipyard refinery pipeline satellite rocket telescope archive gallery orchestra marathon regatta carnival parade'
).split(' ');

/** A seed by Jane Doe dated `date`, its words drawn at random from its number, so no two are taken for one story. */
function seed(i: number, date: string): string {
  let state = i * 2654435761 + 1;
  const next = (): string => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return words[state % words.length] as string;
  };
  const sentence = (): string => `The ${Array.from({ length: 14 }, next).join(' ')}.`;
  const sentences = Array.from({ length: 6 }, sentence);
  return ['---', `title: Council report number ${i}`, `date: ${date}`, 'byline: Jane Doe', '---', `Council report number ${i}`, '', ...sentences.flatMap((s) => [s, ''])].join('\n');
}

describe('lists cut by date', () => {
  let project: string;
  let seeds: string;
  const dist = (...path: string[]): string => join(project, 'dist', ...path);
  const build = async (...args: string[]): Promise<ScriptRun> => {
    const run = await runScript('build', ['--seeds', seeds, ...args], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    return run;
  };

  beforeAll(async () => {
    project = copyProject();
    seeds = join(project, 'seeds-dated');
    const years = ['2019', '2020', '2021'];
    writeSeeds(seeds, Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`r${i}.txt`, seed(i, `${years[i % 3]}-0${1 + (i % 9)}-1${i % 10}`)])));
    await build();
  }, buildTimeout);

  test('the old second home page leads on to the timeline and is left out of the sitemap', () => {
    const moved = readFileSync(dist('page', '2', 'index.html'), 'utf8');
    expect(moved).toMatch(/<meta http-equiv="refresh" content="0; url=\/timeline\/\d{4}\/#\d{4}-\d\d">/);
    expect(moved).toContain('<meta name="robots" content="noindex">');
    expect(readFileSync(dist('index.html'), 'utf8')).toMatch(/<a href="\/timeline\/\d{4}\/#\d{4}-\d\d">Older articles: /);
    expect(readFileSync(dist('sitemap-0.xml'), 'utf8')).not.toContain('/page/2/');
  });

  test('an author past 50 articles has a page per year, and the old page 2 leads to a year', () => {
    for (const year of ['2019', '2020', '2021']) expect(readFileSync(dist('authors', 'jane-doe', year, 'index.html'), 'utf8')).toContain(`Articles by Jane Doe, ${year}`);
    expect(readFileSync(dist('authors', 'jane-doe', 'page', '2', 'index.html'), 'utf8')).toMatch(/url=\/authors\/jane-doe\/20(19|20|21)\/"/);
    const sitemap = readFileSync(dist('sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/authors/jane-doe/2020/');
    expect(sitemap).not.toContain('/authors/jane-doe/page/2/');
  });

  test('an article added to 2021 leaves the 2019 and 2020 pages as they were, and dist/ equals a full build', async () => {
    const inode = (...path: string[]): number => statSync(dist(...path)).ino;
    const before = { y2019: inode('authors', 'jane-doe', '2019', 'index.html'), y2020: inode('authors', 'jane-doe', '2020', 'index.html'), y2021: inode('authors', 'jane-doe', '2021', 'index.html') };
    writeSeeds(seeds, { 'r60.txt': seed(60, '2021-12-30') });
    await build();
    expect({ y2019: inode('authors', 'jane-doe', '2019', 'index.html'), y2020: inode('authors', 'jane-doe', '2020', 'index.html') }).toEqual({ y2019: before.y2019, y2020: before.y2020 });
    expect(inode('authors', 'jane-doe', '2021', 'index.html')).not.toBe(before.y2021);
    await build('--full', '--out', 'dist-full');
    expect(fileHashes(dist())).toEqual(fileHashes(join(project, 'dist-full')));
  }, buildTimeout);
});
