// A seed near the 5 MB limit builds into pages within the 200 kB budget: its body and its original
// text are spread over numbered parts, each linked from the others, and nothing of it is lost.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkPageSizes } from '../../scripts/verify-dist.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { runScript } from '../helpers/run-script.ts';
import { writeSeeds } from '../helpers/seed-files.ts';

/** About 4.8 MB of words that barely compress (random letters), in paragraphs of about 600 characters. */
function longSeed(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const random = randomBytes(4_000_000);
  let text = 'A report far too long for one page\n\n';
  let paragraph = '';
  for (let i = 0; text.length < 4_800_000; i++) {
    const length = 3 + ((random[i % random.length] ?? 0) % 8);
    let word = '';
    for (let j = 0; j < length; j++) word += letters[(random[(i * 7 + j) % random.length] ?? 0) % 26];
    paragraph += `${word}${i % 12 === 11 ? '. ' : ' '}`;
    if (paragraph.length > 600) {
      text += `${paragraph.trim()}\n\n`;
      paragraph = '';
    }
  }
  return text;
}

describe('a seed of 4.8 MB', () => {
  let project: string;
  let dist: string;

  beforeAll(async () => {
    project = copyProject();
    const seeds = writeSeeds(join(project, 'seeds'), { 'long.txt': longSeed() });
    const run = await runScript('build', ['--seeds', seeds], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    dist = join(project, 'dist');
  }, 180_000);

  test('builds into pages that are each within 200 kB gzipped', () => {
    const report = checkPageSizes(dist);
    expect(report.problems).toEqual([]);
  });

  test('spreads the article over numbered parts, each linking to the next', () => {
    const [slug] = readdirSync(join(dist, 'articles'));
    const parts = readdirSync(join(dist, 'articles', slug ?? '', 'part'));
    expect(parts.length).toBeGreaterThan(10);
    const first = readFileSync(join(dist, 'articles', slug ?? '', 'index.html'), 'utf8');
    expect(first).toContain(`Part 1 of ${parts.length + 1}.`);
    expect(first).toContain(`href="/articles/${slug}/part/2/" rel="next"`);
  });
});
