import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A plain article any normalizer reads the same way: a headline line, then paragraphs of
 * full sentences. `salt` makes the body unique.
 */
export function plainArticle(title: string, salt: string): string {
  return [
    title,
    '',
    `The harbour authority said on the record that the ${salt} project would go ahead after a long public consultation with residents and traders.`,
    '',
    `Officials expect the work on the ${salt} site to take two years, and they promised to publish the full costs before the end of the consultation period.`,
    '',
    `Local businesses welcomed the decision, although several asked for clearer timetables so that deliveries to the ${salt} quarter are not disrupted.`,
    '',
  ].join('\n');
}

/** Write `files` into `dir` (created if needed); strings are written as UTF-8, byte arrays as they are. */
/** `plainArticle` with a dateline under its title, such as `12 March 2020`. */
export function datedArticle(title: string, salt: string, date: string): string {
  const [head, ...rest] = plainArticle(title, salt).split('\n');
  return [head, '', date, ...rest].join('\n');
}

export function writeSeeds(dir: string, files: Readonly<Record<string, string | Uint8Array>>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
