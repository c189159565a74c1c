// `npm run build` refuses what would publish a wrong site: a seeds folder that cannot be read
// stops it even with --skip-invalid (the summary never claims articles it did not build), and
// zero articles never replace a site in dist/ unless --allow-empty says so.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';
import { runScript, snapshotDir } from '../helpers/run-script.ts';
import { plainArticle, writeSeeds } from '../helpers/seed-files.ts';

describe('npm run build refuses to publish a wrong site', () => {
  let project: string;
  const build = (...args: string[]) => runScript('build', args, { cwd: project });

  beforeAll(async () => {
    project = copyProject();
    writeSeeds(join(project, 'seeds'), {
      'a.txt': plainArticle('Harbour plan approved', 'harbour'),
      'b.txt': plainArticle('Tram line opens', 'tram'),
    });
    const first = await build();
    expect(first.stderr).toContain('build: 2 articles built into dist/.');
  }, 180_000);

  test.each([{ args: [] }, { args: ['--skip-invalid'] }])(
    'a missing seeds folder is an error with $args, and dist/ and the collection stay as they were',
    async ({ args }) => {
      const dist = snapshotDir(join(project, 'dist'));
      const collection = snapshotDir(join(project, 'src', 'content', 'articles'));
      const run = await build('--seeds', 'no-such-folder', ...args);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'no-such-folder: error: the seeds folder cannot be read (ENOENT). Create it and put one .txt, .html or .md file per article in it, or pass another folder with --seeds DIR. [seeds-folder-unreadable]',
      );
      expect(run.stderr).toContain('ingest: stopped before the first seed (see the error below): nothing was written, and the collection was left as it was.');
      expect(run.stderr).toContain('build: stopped before building: the seeds could not be ingested (see above); --skip-invalid skips invalid seeds, not this. dist/ was left as it was.');
      expect(run.stderr).not.toMatch(/articles? built/);
      expect(snapshotDir(join(project, 'dist'))).toEqual(dist);
      expect(snapshotDir(join(project, 'src', 'content', 'articles'))).toEqual(collection);
    },
    60_000,
  );

  test('an empty seeds folder does not replace the site in dist/', async () => {
    mkdirSync(join(project, 'empty-seeds'), { recursive: true });
    const dist = snapshotDir(join(project, 'dist'));
    const run = await build('--seeds', 'empty-seeds');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'build: no article to publish, and dist/ holds a site: building would replace it with an empty archive, so dist/ was left as it was. ' +
        'Add seeds to the seeds folder (or name the right one with --seeds DIR), or pass --allow-empty to publish an empty archive.',
    );
    expect(snapshotDir(join(project, 'dist'))).toEqual(dist);
  }, 60_000);

  test('--allow-empty publishes an empty archive over it', async () => {
    const run = await build('--seeds', 'empty-seeds', '--allow-empty');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('build: 0 articles built into dist/.');
    expect(readdirSync(join(project, 'src', 'content', 'articles'))).toEqual([]);
  }, 180_000);
});
