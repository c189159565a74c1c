// How the command-line scripts fail: one clear line, the usage for a wrong option, and a stack
// trace only when DEBUG is set.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot, runNodeScript, runScript, type ScriptRun } from '../helpers/run-script.ts';
import { plainArticle, writeSeeds } from '../helpers/seed-files.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** Run a failing main function through `runCli`, as a script would. */
function failingScript(env: Record<string, string>): Promise<ScriptRun> {
  const code = "import { runCli } from './scripts/run-cli.ts'; runCli('demo', 'Usage: demo', () => { throw new Error('the disk is full'); });";
  return runNodeScript(['--input-type=module', '-e', code], projectRoot, { ...process.env, ...env });
}

describe('command-line failures', () => {
  test('an unexpected failure is one line naming the problem, with no stack trace', async () => {
    const run = await failingScript({ DEBUG: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('demo: the disk is full\ndemo: set DEBUG=1 to see where this happened.\n');
  }, 30_000);

  test('DEBUG=1 adds the stack trace', async () => {
    const run = await failingScript({ DEBUG: '1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^demo: the disk is full\nError: the disk is full\n\s+at /);
  }, 30_000);

  test('an unknown option prints the usage and exits 2', async () => {
    const run = await runScript('ingest', ['--seed', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ingest: Unknown option '--seed'");
    expect(run.stderr).toContain('Usage: npm run ingest -- [--seeds DIR]');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  test('a collection folder that cannot be created is an error naming it', async () => {
    const root = tempDir();
    const seeds = writeSeeds(join(root, 'seeds'), { 'a.txt': plainArticle('Harbour plan approved', 'harbour') });
    writeFileSync(join(root, 'not-a-folder'), '');
    const collection = join(root, 'not-a-folder', 'articles');
    const run = await runScript('ingest', ['--seeds', seeds, '--collection', collection, '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${collection}: error: the collection folder cannot be created (ENOTDIR). Check that its parent is a writable folder. [collection-folder-unwritable]`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
