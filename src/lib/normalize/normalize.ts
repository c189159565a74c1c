import { diagnostic } from '../article/diagnostic.ts';
import { assignRoles, furnitureOnly, type RoleObserver } from './assign-roles.ts';
import { buildRecord } from './build-record.ts';
import { metaHeadline } from './check-page-meta.ts';
import { describeLines } from './describe-lines.ts';
import { findLists } from './find-lists.ts';
import { futureDateWarning } from './future-date-warning.ts';
import { readLines } from './read-lines.ts';
import { readSeed } from './read-seed.ts';
import { defaultRoleModel, type RoleModel } from './role-model.ts';
import type { NormalizeResult, SeedInput } from './types.ts';

/** How to normalize: the role model to use, who watches the roles being chosen (the training), and the clock. */
export interface NormalizeOptions {
  readonly model: RoleModel;
  readonly observe?: RoleObserver;
  /** The current time, against which a date in the future is questioned; by default the system clock. */
  readonly now?: Date;
}

/**
 * Turn one seed file into an article record. Pure but for the clock (which only questions a date in
 * the future), and never throws on any input: problems in the data come back as a rejected result
 * whose `error` is a diagnostic saying what is wrong and the fix. A date more than a day in the future is
 * kept, with a warning.
 * Every non-blank line of the seed ends up, in order, in `lines` as title, metadata, body or removed.
 *
 * The stages, each a module: decode → front matter → lines → features → roles → record.
 */
export function normalize(input: SeedInput, options: Partial<NormalizeOptions> = {}): NormalizeResult {
  try {
    return run(input, { model: options.model ?? defaultRoleModel, observe: options.observe, now: options.now ?? new Date() });
  } catch (cause) {
    // A bug, not a data problem: still a record of the failure rather than a crash of the whole run.
    return {
      ok: false,
      file: input.file,
      error: diagnostic('error', input.file, 'normalizer-failed', `the normalizer failed (${(cause as Error)?.message ?? String(cause)}); please report this with the file`),
      warnings: [],
    };
  }
}

function run({ file, bytes }: SeedInput, { model, observe, now }: { model: RoleModel; observe: RoleObserver | undefined; now: Date }): NormalizeResult {
  const seed = readSeed(file, bytes);
  if ('error' in seed) return { ok: false, file, error: seed.error, warnings: seed.warnings };
  const { warnings } = seed;
  const fail = (what: string): NormalizeResult => ({
    ok: false,
    file,
    error: diagnostic('error', file, 'no-article-body', `no article body (${what}): add the article's text, or remove the file`),
    warnings,
  });

  const lines = readLines(seed.content);
  if (lines.units.length === 0) {
    const text = seed.frontMatterLines.length > 0 ? 'only front matter' : seed.content.length === 0 ? 'the file is empty' : 'the file holds only whitespace';
    return fail(seed.format === 'html' ? 'the page shows no text' : text);
  }
  const given = lines.rows.map((r) => seed.given[r]);
  const kinds = seed.kinds.length > 0 ? lines.rows.map((r) => seed.kinds[r] ?? 'paragraph') : findLists(lines.units);
  const facts = describeLines(lines, given, seed.kinds.length > 0 ? kinds : []);
  const headline = seed.meta ? metaHeadline(lines.units, kinds, seed.meta, facts.range?.start ?? lines.units.length) : -1;
  const roles = assignRoles(lines, facts, model, observe, headline);
  if ('missing' in roles) return fail(roles.missing);
  const record = buildRecord({ file, fields: seed.fields, frontMatterLines: seed.frontMatterLines, lines, roles, kinds, meta: seed.meta, warnings, now });
  if (!record) return fail(furnitureOnly);
  const late = futureDateWarning(file, record.article.date, now);
  const { blankLines } = seed;
  if (late === null) return { ok: true, file, ...record, blankLines };
  return { ok: true, file, lines: record.lines, blankLines, article: { ...record.article, warnings: [...record.article.warnings, late] } };
}
