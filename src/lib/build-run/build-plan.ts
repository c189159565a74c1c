/** What the last build into an output folder was made from, kept in `.cache/` beside its page record. */
export interface BuildRecord {
  /** A hash of every file of the site's code, config and dependencies, by path (see `siteInputs`). */
  readonly inputs: Readonly<Record<string, string>>;
  /** A hash of the output's home page, to tell the last output from a folder put there since. */
  readonly home: string;
  /** A hash of the output's list of files, to tell files added or removed since. */
  readonly listing: string;
  /** A hash of the collection's files as the build read them (see `collectionHash`). */
  readonly collection: string;
}

/** What a build does: render every page, only the changed ones, or nothing. */
export type BuildPlan =
  | { readonly mode: 'full'; readonly reason: string }
  | { readonly mode: 'incremental' }
  | { readonly mode: 'unchanged' };

export interface PlanInput {
  /** `--full` was given. */
  readonly full: boolean;
  readonly record: BuildRecord | undefined;
  /** The site's inputs now. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The hash of the output's home page now, undefined when it has none. */
  readonly home: string | undefined;
  /** The hash of the output's list of files now, undefined when the output does not exist. */
  readonly listing: string | undefined;
  /** The hash of the collection's files now: an `npm run ingest` may have changed them since the last build. */
  readonly collection: string;
  /** The output folder as the user named it, for the reasons. */
  readonly outName: string;
}

/** The inputs that differ between two sets, added and removed ones included, sorted. */
export function changedInputs(before: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...names].filter((name) => before[name] !== now[name]).sort();
}

function listed(names: readonly string[], most = 3): string {
  const shown = names.slice(0, most).join(', ');
  return names.length > most ? `${shown} and ${names.length - most} more` : shown;
}

/**
 * Whether a build may keep pages of the last output: only when nothing but the articles changed
 * and the output is the last build's, whole. Any doubt means a full build, with its reason.
 */
export function planBuild(input: PlanInput): BuildPlan {
  const { record, outName } = input;
  if (input.full) return { mode: 'full', reason: '--full was given' };
  if (record === undefined) return { mode: 'full', reason: `there is no record of a build into ${outName}` };
  const changed = changedInputs(record.inputs, input.inputs);
  if (changed.length > 0) return { mode: 'full', reason: `the site's code, config or dependencies changed since the last build (${listed(changed)})` };
  if (input.home === undefined) return { mode: 'full', reason: `${outName} has no home page` };
  if (input.home !== record.home) return { mode: 'full', reason: `${outName} is not the last build's output (its home page differs)` };
  if (input.listing !== record.listing) return { mode: 'full', reason: `files were added to or removed from ${outName} since the last build` };
  return input.collection === record.collection ? { mode: 'unchanged' } : { mode: 'incremental' };
}
