/**
 * The site the browser tests run against: a temp copy of the project whose seeds are
 * `seeds/*`, the test-only seeds in `tests/fixtures/e2e-seeds/`, and the markup property's
 * generated seeds; built once per run by the global setup and served on a fixed port.
 * Tests read where it is from the environment the global setup sets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkupCorpus } from './markup-cases.ts';
import { projectRoot } from './temp-project.ts';

/** The fixed, uncommon port of the test server (E2E_PORT overrides it). */
export const testPort = Number(process.env['E2E_PORT'] ?? 4391);

/** The address the test site is built for (its `site`: canonical links, sitemap, feed). */
export const testSiteUrl = `http://127.0.0.1:${testPort}`;

/**
 * Where the test site is served: the fixed port, unless another run on this machine held it and
 * the global setup took a free one (it tells the workers through E2E_SERVED_PORT).
 */
export const testOrigin = `http://127.0.0.1:${process.env['E2E_SERVED_PORT'] ?? testPort}`;

/** Test-only seeds added to `seeds/`: markup, an undated article. */
export const e2eSeedDir = join(projectRoot, 'tests', 'fixtures', 'e2e-seeds');

/** Environment variables through which the global setup tells the tests where the site is. */
export const env = Object.freeze({
  projectDir: 'E2E_PROJECT_DIR',
  dist: 'E2E_DIST',
});

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set: the e2e global setup did not run. Run the browser tests with \`npm run test:e2e\`.`);
  }
  return value;
}

/** The built site's folder. */
export function testDist(): string {
  return required(env.dist);
}

/** The test copy's project folder (its `seeds/` are the seeds the site was built from). */
export function testProjectDir(): string {
  return required(env.projectDir);
}

/** Where the global setup writes the markup property's cases, inside the test copy. */
export function markupCorpusFile(projectDir: string): string {
  return join(projectDir, 'markup-cases.json');
}

/**
 * Where the rebuild test records the copy it built, inside the test copy: a worker that restarts
 * after a failure reuses it, and the global teardown deletes it.
 */
export function rebuildCopyFile(projectDir: string): string {
  return join(projectDir, 'rebuild-copy.txt');
}

/** The markup property's cases that went into this run's build. */
export function markupCorpus(): MarkupCorpus {
  return JSON.parse(readFileSync(markupCorpusFile(testProjectDir()), 'utf8')) as MarkupCorpus;
}
