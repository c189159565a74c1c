import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArchive, type World } from './archive/index.ts';
import { htmlFiles, type BuildRun } from './measure-build.ts';
import { benchEnv } from './npm-run.ts';
import { runMeasured, tail } from './run-measured.ts';
import { astroHeapFlags } from '../../scripts/spawn-astro.ts';
import { clean, linkNodeModules } from './workspace.ts';

const config = `import { defineConfig } from 'astro/config';

// A bare Astro site: defaults only (Astro 7 renders Markdown with Sätteri by default).
export default defineConfig({});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/articles' }),
  schema: z.object({ title: z.string(), date: z.string().nullable() }),
});

export const collections = { articles };
`;

const page = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{article.data.title}</title></head>
  <body>
    <h1>{article.data.title}</h1>
    {article.data.date && <time datetime={article.data.date}>{article.data.date}</time>}
    <Content />
  </body>
</html>
`;

/**
 * A minimal Astro project over the same generated articles: one Markdown collection, one page
 * per article, the same installed astro. The floor our build is compared with.
 */
export function createBareAstro(repo: string, dir: string, world: World, articles: number): void {
  mkdirSync(join(dir, 'src', 'content', 'articles'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'src', 'content.config.ts'), contentConfig);
  writeFileSync(join(dir, 'src', 'pages', 'articles', '[slug].astro'), page);
  for (const seed of generateArchive(world, articles)) {
    const front = `---\ntitle: ${JSON.stringify(seed.truth.title)}\ndate: ${seed.truth.date === null ? 'null' : JSON.stringify(seed.truth.date)}\n---\n\n`;
    writeFileSync(join(dir, 'src', 'content', 'articles', seed.file.replace(/\.txt$/, '.md')), `${front}${seed.truth.body.join('\n\n')}\n`);
  }
  linkNodeModules(repo, dir);
}

/** One `astro build` of the bare project, from clean. */
export async function bareAstroOnce(dir: string, timeoutMs: number): Promise<BuildRun> {
  clean(dir, ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']);
  // The same heap ceiling as our build gets (see astroHeapFlags).
  const env = { ...benchEnv(), NODE_OPTIONS: [process.env['NODE_OPTIONS'] ?? '', ...astroHeapFlags()].join(' ').trim() };
  const result = await runMeasured('npx', ['--no-install', 'astro', 'build'], { cwd: dir, env, timeoutMs });
  if (result.code !== 0 || result.timedOut) {
    throw new Error(`bench: the bare Astro build failed in ${dir} (${result.timedOut ? 'timed out' : `exit ${result.code}`}):\n${tail(result)}`);
  }
  return { seconds: result.seconds, peakRssBytes: result.peakRssBytes, pages: htmlFiles(join(dir, 'dist')).length };
}
