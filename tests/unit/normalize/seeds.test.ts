// The five seeds as fixtures: `tests/fixtures/seeds/<name>/input.txt` and the expected record's
// essentials in `expected.json`. Run with UPDATE=1 to rewrite the expectations, then review the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../src/lib/entities/find-entities.ts';
import { normalize } from '../../../src/lib/normalize/index.ts';

const root = join(import.meta.dirname, '../../fixtures/seeds');
const names = readdirSync(root).sort();
const update = process.env['UPDATE'] === '1';

/** The parts of a record a fixture pins down. */
function essentials(name: string): Record<string, unknown> {
  const result = normalize({ file: `${name}.txt`, bytes: readFileSync(join(root, name, 'input.txt')) });
  if (!result.ok) return { error: result.error };
  const { title, titleSource, date, dateSource, dateEstimate, byline, source, body, removed } = result.article;
  return {
    title,
    titleSource,
    date,
    dateSource,
    dateEstimate,
    byline,
    source,
    paragraphs: body.length,
    firstParagraph: body[0],
    lastParagraph: body.at(-1),
    removed,
    entities: findEntities(body),
  };
}

describe.each(names)('seed %s', (name) => {
  test('comes out as its expected record', () => {
    const actual = essentials(name);
    const file = join(root, name, 'expected.json');
    if (update) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
