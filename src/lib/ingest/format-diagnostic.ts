import { join } from 'node:path';
import type { Diagnostic } from '../article/diagnostic.ts';

/** Characters a terminal would act on rather than show: written as escapes in a path, as JSON writes them (`\b`, `\u001b`). */
const control = /[\u0000-\u001f\u007f]/gu;

/**
 * A diagnostic as a compiler prints one, which editors and terminals turn into a link to the line:
 * `seeds/x.txt:12: warning: message [rule]`, the path being `seedsDir` joined with the diagnostic's
 * `file` (control characters in it escaped), the line left out when unknown.
 */
export function formatDiagnostic(d: Diagnostic, seedsDir: string): string {
  const path = join(seedsDir, d.file).replace(control, (c) => (c === '\u007f' ? '\\u007f' : JSON.stringify(c).slice(1, -1)));
  return `${path}${d.line === undefined ? '' : `:${d.line}`}: ${d.severity}: ${d.message} [${d.rule}]`;
}
