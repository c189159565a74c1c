import { readFileSync, writeFileSync } from 'node:fs';
import type { ThresholdFit } from '../train/fit-story-threshold.ts';

/** Where `npm run train` writes the story threshold and its figures (story detection imports it). */
export const storyThresholdFile = 'src/lib/stories/story-threshold.json';

const begin = '<!-- stories:begin (npm run train writes this table) -->';
const end = '<!-- stories:end -->';

/** The threshold's figures as a Markdown table. */
export function storyTable(fit: ThresholdFit, bodies: number): string {
  const v = fit.versions;
  const d = fit.distinct;
  return [
    `Chosen on ${bodies} article bodies of the labelled corpora (${fit.note}):`,
    '',
    '| pairs | count | similarity | wrong at the threshold |',
    '|---|---|---|---|',
    `| generated versions of one story | ${v.pairs} | lowest ${v.lowest} | ${v.missed} below it; ${v.unseen} never compared (no shared bucket) |`,
    `| distinct stories | ${d.pairs} | highest ${d.highest} | ${d.joined} at or above it |`,
    `| noise floor at 100,000 articles | | ${fit.floor} | |`,
    `| **threshold** | | **${fit.threshold}** | |`,
  ].join('\n');
}

/** Replace the README's generated Stories table; a README without the markers is left alone. */
export function writeStoryReport(readme: string, fit: ThresholdFit, bodies: number): void {
  const text = readFileSync(readme, 'utf8');
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a !== -1 && b > a) writeFileSync(readme, `${text.slice(0, a + begin.length)}\n${storyTable(fit, bodies)}\n${text.slice(b)}`);
}
