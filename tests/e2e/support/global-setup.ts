/**
 * Playwright's global setup: build the test site once in a temp copy of the project and
 * serve its `dist/` on the fixed test port for the whole run. The returned function stops
 * the server and deletes the copy.
 *
 * `E2E_PROJECT_DIR=<a kept copy>` skips the build and serves that copy again (with
 * KEEP_TEMP_PROJECTS=1, a quick way to rerun tests while writing them).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMarkupCorpus } from './markup-cases.ts';
import { isPortInUse, serveStatic } from './static-server.ts';
import { buildProject, createTempProject, projectRoot, removeTempProject, type TempProject } from './temp-project.ts';
import { e2eSeedDir, env, markupCorpusFile, rebuildCopyFile, testPort, testSiteUrl } from './test-site.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const reused = process.env[env.projectDir];
  let project: TempProject;
  if (reused !== undefined && reused !== '' && existsSync(join(reused, 'dist'))) {
    project = { dir: reused, seeds: join(reused, 'seeds'), dist: join(reused, 'dist') };
    console.log(`e2e: serving the existing test build in ${reused}`);
  } else {
    const corpus = generateMarkupCorpus();
    project = await createTempProject({
      name: 'news-archive-e2e',
      seedDirs: [join(projectRoot, 'seeds'), e2eSeedDir],
      seedFiles: corpus.seedFiles,
    });
    writeFileSync(markupCorpusFile(project.dir), JSON.stringify(corpus));
    const seedCount = readdirSync(project.seeds).length;
    console.log(
      `e2e: building the test site from ${seedCount} seeds (the seeds, the test seeds, ` +
        `${corpus.cases.length} markup cases with MARKUP_SEED=${corpus.seed}) in ${project.dir}`,
    );
    const built = project;
    const { seconds } = await buildProject(built, { SITE_URL: testSiteUrl }).catch(async (error: unknown) => {
      await removeTempProject(built);
      throw error;
    });
    console.log(`e2e: test site built in ${seconds.toFixed(1)} s`);
  }
  process.env[env.projectDir] = project.dir;
  process.env[env.dist] = project.dist;
  // Another run on this machine may hold the fixed port: then take a free one. Workers start after
  // this and read E2E_SERVED_PORT, so their baseURL follows.
  const server = await serveStatic(project.dist, testPort).catch(async (error: unknown) => {
    if (!isPortInUse(error)) throw error;
    const fallback = await serveStatic(project.dist, 0);
    console.log(`e2e: port ${testPort} is in use; using ${new URL(fallback.url).port} instead`);
    return fallback;
  });
  process.env['E2E_SERVED_PORT'] = new URL(server.url).port;
  console.log(`e2e: serving ${project.dist} at ${server.url}`);
  return async () => {
    await server.close();
    const rebuilt = rebuildCopyFile(project.dir);
    if (existsSync(rebuilt)) {
      const dir = readFileSync(rebuilt, 'utf8').trim();
      await removeTempProject({ dir, seeds: join(dir, 'seeds'), dist: join(dir, 'dist') });
    }
    if (reused === undefined || reused === '') await removeTempProject(project);
  };
}
