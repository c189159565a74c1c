// An incremental `npm run build` (only the pages whose data changed are rendered, the others kept
// from the last output) gives the same dist/ as a full build, byte for byte: after adding,
// changing, renaming and deleting a seed, and over random sequences of those, whether the pages
// are rendered by the last build's kept renderer or, when it cannot be used, by Astro. Any doubt
// about the last output means a full build, with its reason.
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { outputFiles, recordPaths } from '../../src/lib/build-run/build-record.ts';
import { keptListing } from '../../src/lib/build-run/kept-listing.ts';
import { pageRecordEnv } from '../../src/lib/build-run/page-record.ts';
import { rendererFiles, rendererFolder } from '../../src/lib/build-run/renderer-record.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { fileHashes, projectRoot, runScript, type ScriptRun } from '../helpers/run-script.ts';
import { datedArticle, writeSeeds } from '../helpers/seed-files.ts';

const buildTimeout = 600_000;

describe('incremental npm run build', () => {
  let project: string;
  let seeds: string;
  const buildWith = async (env: Readonly<Record<string, string>>, ...args: string[]): Promise<ScriptRun> => {
    // Every page a route takes as unchanged without making its props is hashed too, and a change found fails the build.
    const run = await runScript('build', ['--seeds', seeds, ...args], { cwd: project, env: { [pageRecordEnv.checkKept]: '1', ...env } });
    expect(run.code, run.stderr).toBe(0);
    return run;
  };
  const build = (...args: string[]): Promise<ScriptRun> => buildWith({}, ...args);
  /** dist/ against a full build of the same seeds into dist-full/. */
  const expectSameAsFullBuild = async (): Promise<void> => {
    await build('--full', '--out', 'dist-full');
    const incremental = fileHashes(join(project, 'dist'));
    const full = fileHashes(join(project, 'dist-full'));
    expect(Object.keys(incremental).length).toBeGreaterThan(30);
    expect(incremental).toEqual(full);
  };

  beforeAll(async () => {
    project = copyProject();
    seeds = join(project, 'seeds');
    writeSeeds(seeds, {
      'harbour.txt': datedArticle('Harbour plan approved', 'harbour', '12 March 2020'),
      'tram.txt': datedArticle('Tram line opens to the airport', 'tram', '14 March 2020'),
      'library.txt': datedArticle('Library extends its opening hours', 'library', '2 April 2021'),
    });
    cpSync(join(projectRoot, 'tests', 'fixtures', 'e2e-seeds'), seeds, { recursive: true });
    const first = await build();
    expect(first.stderr).toContain('build: rendering every page: there is no record of a build into dist/.');
  }, buildTimeout);

  test('after adding a seed, renders its pages and the pages that list it, keeps the rest, and equals a full build', async () => {
    cpSync(join(projectRoot, 'tests', 'fixtures', 'e2e-added-seed'), seeds, { recursive: true });
    const run = await build();
    const [, rendered, kept] = /build: 1 article written: (\d+) pages? rendered, (\d+) kept\./.exec(run.stderr) ?? [];
    expect(Number(rendered)).toBeGreaterThan(0);
    expect(Number(kept)).toBeGreaterThan(0);
    // Rendered without starting Astro, by the bundle the first build kept.
    expect(run.stderr).toMatch(/render-changed: \d+ pages? rendered with the last build's renderer\./);
    expect(run.stderr).not.toContain('[build]');
    // The file list it kept holds for dist/ as it left it: the next build need not list dist/ again.
    const dist = join(project, 'dist');
    expect(keptListing(recordPaths(join(project, '.cache'), dist).listing, dist)?.files).toEqual(outputFiles(dist));
    await expectSameAsFullBuild();
  }, buildTimeout);

  test('after changing a seed, equals a full build', async () => {
    const file = join(seeds, 'tram.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('take two years', 'take three years'));
    const run = await build();
    expect(run.stderr).toMatch(/build: 1 article written: \d+ pages? rendered, \d+ kept\./);
    expect(run.stderr).toMatch(/build: search index: the changed articles put into the last index: \d+ files? written, \d+ kept\./);
    await expectSameAsFullBuild();
  }, buildTimeout);

  test('starts Astro, saying why, when the kept renderer cannot be used; Astro keeps a new one', async () => {
    const renderer = join(recordPaths(join(project, '.cache'), join(project, 'dist')).pages, rendererFolder);
    writeFileSync(join(renderer, rendererFiles.record), '{"astro":');
    const file = join(seeds, 'tram.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('take three years', 'take four years'));
    const run = await build();
    expect(run.stderr).toMatch(/render-changed: the last build's renderer cannot be used: its record \S+renderer\.json is damaged/);
    expect(run.stderr).toContain("build: the last build's renderer did not render the pages (see above): starting Astro.");
    expect(run.stderr).toMatch(/build: 1 article written: \d+ pages? rendered, \d+ kept\./);
    await expectSameAsFullBuild();
    writeFileSync(file, readFileSync(file, 'utf8').replace('take four years', 'take five years'));
    expect((await build()).stderr).toMatch(/render-changed: \d+ pages? rendered with the last build's renderer\./);
    await expectSameAsFullBuild();
  }, buildTimeout);

  test('after renaming a seed, equals a full build', async () => {
    renameSync(join(seeds, 'library.txt'), join(seeds, 'library-hours.txt'));
    const run = await build();
    expect(run.stderr).toMatch(/build: 1 article written(, 1 removed)?: \d+ pages? rendered, \d+ kept\./);
    expect(run.stderr).toMatch(/render-changed: \d+ pages? rendered with the last build's renderer\./);
    await expectSameAsFullBuild();
  }, buildTimeout);

  test('after deleting a seed, its pages are gone and dist/ equals a full build', async () => {
    rmSync(join(seeds, 'harbour.txt'));
    const run = await build();
    expect(run.stderr).toMatch(/build: 1 article removed: \d+ pages? rendered, \d+ kept\./);
    expect(run.stderr).toMatch(/render-changed: \d+ pages? rendered with the last build's renderer\./);
    expect(readdirSync(join(project, 'dist', 'articles')).some((name) => name.startsWith('harbour-plan-approved'))).toBe(false);
    await expectSameAsFullBuild();
  }, buildTimeout);

  test('with nothing changed, keeps dist/ without running Astro', async () => {
    const before = fileHashes(join(project, 'dist'));
    expect((await build()).stderr).toContain('build: no article changed since the last build: dist/ kept as it was');
    expect(fileHashes(join(project, 'dist'))).toEqual(before);
  }, buildTimeout);

  test('after `npm run ingest` changed the articles, renders their pages and equals a full build', async () => {
    writeSeeds(seeds, { 'ferry.txt': datedArticle('Ferry returns to the island', 'ferry', '3 June 2021') });
    expect((await runScript('ingest', ['--seeds', seeds], { cwd: project })).code).toBe(0);
    expect((await build()).stderr).toMatch(/build: the articles changed since the last build: \d+ pages? rendered, \d+ kept\./);
    await expectSameAsFullBuild();
  }, buildTimeout);

  test('renders every page, saying why, when a component changed or dist/ is not the last build', async () => {
    const component = join(project, 'src', 'components', 'Pagination.astro');
    writeFileSync(component, `${readFileSync(component, 'utf8')}\n`);
    expect((await build()).stderr).toContain("build: rendering every page: the site's code, config or dependencies changed since the last build (src/components/Pagination.astro).");
    writeFileSync(join(project, 'dist', 'index.html'), '<!doctype html><title>Another site</title>');
    expect((await build()).stderr).toContain("build: rendering every page: dist/ is not the last build's output (its home page differs).");
    rmSync(join(project, 'dist', 'search'), { recursive: true });
    expect((await build()).stderr).toContain('build: rendering every page: files were added to or removed from dist/ since the last build.');
    expect(readdirSync(join(project, 'dist', 'search'))).toEqual(['index.html']);
    // A file put deep in dist/ changes no folder the build looks at but its own: still seen.
    const page = readdirSync(join(project, 'dist', 'articles'))[0] ?? '';
    writeFileSync(join(project, 'dist', 'articles', page, 'stray.html'), '');
    expect((await build()).stderr).toContain('build: rendering every page: files were added to or removed from dist/ since the last build.');
    expect(readdirSync(join(project, 'dist', 'articles', page))).toEqual(['index.html']);
  }, buildTimeout);

  test('stops the kept renderer it told when the listing of dist/ then calls for a full build, and equals a full build', async () => {
    // An article added: the renderer is told to render before dist/ is listed, and the stray file found after stops it.
    const page = readdirSync(join(project, 'dist', 'articles'))[0] ?? '';
    writeFileSync(join(project, 'dist', 'articles', page, 'stray.html'), '');
    writeSeeds(seeds, { 'quay.txt': datedArticle('Quay repairs finish early', 'quay', '9 May 2021') });
    const run = await build();
    expect(run.stderr).toContain('build: rendering every page: files were added to or removed from dist/ since the last build.');
    expect(run.stderr).not.toMatch(/build: \d+ articles? written: \d+ pages? rendered, \d+ kept\./);
    expect(readdirSync(join(project, 'dist', 'articles', page))).toEqual(['index.html']);
    await expectSameAsFullBuild();
    // The renderer the full build kept renders the next change.
    writeSeeds(seeds, { 'quay.txt': datedArticle('Quay repairs finish a week early', 'quay', '9 May 2021') });
    expect((await build()).stderr).toMatch(/render-changed: \d+ pages? rendered with the last build's renderer\./);
    await expectSameAsFullBuild();
  }, buildTimeout);

  test('over random sequences of adds, changes, renames and deletes, equals a full build', async () => {
    type Step = { kind: 'add'; n: number } | { kind: 'change' | 'rename' | 'delete'; pick: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), n: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ kind: fc.constantFrom('change' as const, 'rename' as const, 'delete' as const), pick: fc.nat() }),
    );
    const apply = (s: Step): void => {
      const names = readdirSync(seeds).sort();
      if (s.kind === 'add') {
        writeSeeds(seeds, { [`added-${s.n}.txt`]: datedArticle(`Council names new ferry number ${s.n}`, `ferry${s.n}`, `${1 + (s.n % 28)} May 2022`) });
        return;
      }
      const name = names[s.pick % names.length]!;
      const file = join(seeds, name);
      if (s.kind === 'change') writeFileSync(file, `${readFileSync(file, 'utf8')}\nA correction was added to this article on request.\n`);
      else if (s.kind === 'rename') renameSync(file, join(seeds, `r-${name}`));
      else if (names.length > 2) rmSync(file);
    };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 3 }), async (steps) => {
        for (const s of steps) {
          apply(s);
          expect((await build()).stderr).toMatch(/render-changed: \d+ pages? rendered with the last build's renderer\.|build: no article changed since the last build/);
        }
        await expectSameAsFullBuild();
      }),
      { numRuns: 2, seed: 20261205 },
    );
  }, buildTimeout * 2);

  test('a full build whose pages are shared among renderers equals one rendered by Astro alone', async () => {
    const shared = await buildWith({ ARCHIVE_RENDERERS: '3' }, '--full', '--out', 'dist-shared');
    expect(shared.stderr).toMatch(/render-changed: \d+ pages? rendered beside Astro \(share 2 of 3\)\./);
    expect(shared.stderr).toMatch(/render-changed: \d+ pages? rendered beside Astro \(share 3 of 3\)\./);
    const alone = await buildWith({ ARCHIVE_RENDERERS: '1' }, '--full', '--out', 'dist-alone');
    expect(alone.stderr).not.toContain('beside Astro');
    expect(fileHashes(join(project, 'dist-shared'))).toEqual(fileHashes(join(project, 'dist-alone')));
    // The shared build's record serves an incremental build as well as Astro's alone.
    writeSeeds(seeds, { 'bridge.txt': datedArticle('Bridge reopens after repairs', 'bridge', '9 July 2022') });
    expect((await buildWith({}, '--out', 'dist-shared')).stderr).toMatch(/build: 1 article written: \d+ pages? rendered, \d+ kept\./);
    await build('--full', '--out', 'dist-alone');
    expect(fileHashes(join(project, 'dist-shared'))).toEqual(fileHashes(join(project, 'dist-alone')));
  }, buildTimeout);

  test('when a renderer beside Astro fails, says so and renders every page with Astro alone', async () => {
    const script = join(project, 'scripts', 'render-changed.ts');
    const original = readFileSync(script, 'utf8');
    writeFileSync(script, "console.error('render-changed: failing as told');\nprocess.exit(1);\n");
    try {
      const run = await buildWith({ ARCHIVE_RENDERERS: '2' }, '--full', '--out', 'dist-fallback');
      expect(run.stderr).toContain('render-changed: failing as told');
      expect(run.stderr).toContain('the renderer of share 2 of 2 failed (exit status 1)');
      expect(run.stderr).toContain('build: rendering every page with Astro alone.');
    } finally {
      writeFileSync(script, original);
    }
    expect(fileHashes(join(project, 'dist-fallback'))).toEqual(fileHashes(join(project, 'dist-alone')));
  }, buildTimeout);
});
