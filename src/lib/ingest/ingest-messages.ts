import type { Diagnostic } from '../article/diagnostic.ts';
import type { SeedReport } from './seed-report.ts';

export interface IngestMessages {
  readonly warnings: Diagnostic[];
  readonly errors: Diagnostic[];
  /** Note warnings (a seed's, or one about a folder of the run). */
  warn(warnings: readonly Diagnostic[]): void;
  /** Note a seed's report (its error and warnings), and pass it on to `onReport`. */
  report(report: SeedReport): void;
}

/** The warnings and errors of one ingest run, in the order they were found. */
export function createIngestMessages(onReport: ((report: SeedReport) => void) | undefined): IngestMessages {
  const warnings: Diagnostic[] = [];
  const errors: Diagnostic[] = [];
  const warn = (list: readonly Diagnostic[]): void => {
    warnings.push(...list);
  };
  return {
    warnings,
    errors,
    warn,
    report(report) {
      if (report.status === 'error') errors.push(report.error);
      warn(report.warnings);
      onReport?.(report);
    },
  };
}
