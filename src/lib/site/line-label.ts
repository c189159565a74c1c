import type { SourceLine } from '../article/schema.ts';

const roleLabels: Readonly<Record<SourceLine['role'], string>> = Object.freeze({
  title: 'Title',
  metadata: 'Metadata',
  body: 'Text',
  removed: 'Removed',
});

/** The visible label of a seed line in the "Original text" view: its role, and for a removed line the reason. */
export function lineLabel(line: Pick<SourceLine, 'role' | 'reason'>): string {
  const label = roleLabels[line.role];
  return line.role === 'removed' ? `${label}: ${line.reason ?? 'other'}` : label;
}
