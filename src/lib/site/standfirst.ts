import type { SourceLine } from '../article/schema.ts';

/**
 * The article's standfirst (the summary the page printed under its headline), or null: the
 * first seed line the normalizer took out of the body as one. The body never repeats it.
 */
export function standfirstOf(lines: readonly Pick<SourceLine, 'role' | 'reason' | 'text'>[]): string | null {
  return lines.find((line) => line.role === 'removed' && line.reason === 'standfirst')?.text ?? null;
}
