import type { Diagnostic } from '../article/diagnostic.ts';

/**
 * A warning as the "Original text" view lists it, under "Notes for checking": its message, after
 * the seed's line when known (`Line 3: unknown front matter field …`). The file is the page's own.
 */
export function warningNote(warning: Pick<Diagnostic, 'message' | 'line'>): string {
  return warning.line === undefined ? warning.message : `Line ${warning.line}: ${warning.message}`;
}
