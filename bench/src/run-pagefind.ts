import { benchEnv } from './npm-run.ts';
import { runMeasured, tail } from './run-measured.ts';

/**
 * What Pagefind indexes: the article pages only, and in each the article itself (its title, date,
 * byline, source and paragraphs), as our index does; not the listing pages, the navigation, the
 * previous and next links or the "Original text" section (which repeats the paragraphs).
 */
export const pagefindScope = Object.freeze(['--glob', 'articles/**/*.{html}', '--root-selector', 'main', '--exclude-selectors', 'nav, .original']);

/**
 * Index `site` with Pagefind, writing its bundle to `outputPath` so the site itself is unchanged.
 * Returns the indexing time in seconds.
 */
export async function runPagefind(cwd: string, site: string, outputPath: string, timeoutMs: number): Promise<number> {
  const run = await runMeasured('npx', ['--no-install', 'pagefind', '--site', site, '--output-path', outputPath, ...pagefindScope], { cwd, env: benchEnv(), timeoutMs });
  if (run.code !== 0 || run.timedOut) {
    throw new Error(
      `bench: Pagefind failed to index ${site} (${run.timedOut ? 'timed out' : `exit ${run.code}`}):\n${tail(run)}\n` +
        'Fix: see Pagefind\'s output above; if the pagefind command is missing, run `npm install` (it is a devDependency).',
    );
  }
  return run.seconds;
}
