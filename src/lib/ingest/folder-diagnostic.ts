import { relative } from 'node:path';
import { diagnostic, type Diagnostic, type DiagnosticRule, type Severity } from '../article/diagnostic.ts';

/**
 * A diagnostic about a folder of the run (the seeds folder, the collection, the cache) rather than a
 * seed: its `file` is the folder's path relative to the seeds folder (`.` for the seeds folder
 * itself), so `formatDiagnostic` prints the folder's own path, as for a seed.
 */
export function folderDiagnostic(seedsDir: string, folder: string, severity: Severity, rule: DiagnosticRule, message: string): Diagnostic {
  return diagnostic(severity, relative(seedsDir, folder) || '.', rule, message);
}
