import { assignRoles, furnitureOnly, type RoleObserver } from './assign-roles';
import { buildRecord } from './build-record';
import { decode } from './decode';
import { describeLines } from './describe-lines';
import { readFrontMatter } from './read-front-matter';
import { readLines } from './read-lines';
import { defaultRoleModel, type RoleModel } from './role-model';
import type { NormalizeResult, SeedInput } from './types';

/** How to normalize: the role model to use, and who watches the roles being chosen (the training). */
export interface NormalizeOptions {
  readonly model: RoleModel;
  readonly observe?: RoleObserver;
}

/**
 * Turn one seed file into an article record. Pure and never throws on any input: problems in the
 * data come back as a rejected result whose `error` names the file, what is wrong and the fix.
 * Every non-blank line of the seed ends up, in order, in `lines` as title, metadata, body or removed.
 *
 * The stages, each a module: decode → front matter → lines → features → roles → record.
 */
export function normalize(input: SeedInput, options: Partial<NormalizeOptions> = {}): NormalizeResult {
  try {
    return run(input, { model: options.model ?? defaultRoleModel, observe: options.observe });
  } catch (cause) {
    // A bug, not a data problem: still a record of the failure rather than a crash of the whole run.
    return {
      ok: false,
      file: input.file,
      error: `${input.file}: the normalizer failed (${(cause as Error)?.message ?? String(cause)}); please report this with the file`,
      warnings: [],
    };
  }
}

function run({ file, bytes }: SeedInput, { model, observe }: { model: RoleModel; observe: RoleObserver | undefined }): NormalizeResult {
  const decoded = decode(file, bytes);
  if (!decoded.ok) return { ok: false, file, error: decoded.error, warnings: [] };
  const fm = readFrontMatter(file, decoded.text);
  if (!fm.ok) return { ok: false, file, error: fm.error, warnings: decoded.warnings };
  const warnings = [...decoded.warnings, ...fm.warnings];
  const fail = (what: string): NormalizeResult => ({
    ok: false,
    file,
    error: `${file}: no article body (${what}): add the article's text, or remove the file`,
    warnings,
  });

  const lines = readLines(fm.content);
  if (lines.units.length === 0) {
    return fail(/\S/u.test(decoded.text) ? 'only front matter' : decoded.text.length === 0 ? 'the file is empty' : 'the file holds only whitespace');
  }
  const facts = describeLines(lines);
  const roles = assignRoles(lines, facts, model, observe);
  if ('missing' in roles) return fail(roles.missing);
  const record = buildRecord({ file, fields: fm.fields, frontMatterLines: fm.lines, lines, roles, warnings });
  if (!record) return fail(furnitureOnly);
  return { ok: true, file, ...record };
}
