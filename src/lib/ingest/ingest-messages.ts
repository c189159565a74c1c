import type { SeedReport } from './seed-report.ts';

/** A problem or a note about one file, for the summary. */
export interface FileMessage {
  readonly file: string;
  readonly message: string;
}

export interface IngestMessages {
  readonly warnings: FileMessage[];
  readonly errors: FileMessage[];
  /** Note a file's warnings, each starting with the file's name. */
  warn(file: string, warnings: readonly string[]): void;
  /** Note a seed's report (its error and warnings), and pass it on to `onReport`. */
  report(report: SeedReport): void;
}

/** The warnings and errors of one ingest run, in the order they were found. */
export function createIngestMessages(onReport: ((report: SeedReport) => void) | undefined): IngestMessages {
  const warnings: FileMessage[] = [];
  const errors: FileMessage[] = [];
  const warn = (file: string, list: readonly string[]): void => {
    for (const w of list) warnings.push({ file, message: w.startsWith(`${file}:`) ? w : `${file}: ${w}` });
  };
  return {
    warnings,
    errors,
    warn,
    report(report) {
      if (report.status === 'error') errors.push({ file: report.file, message: report.error });
      warn(report.file, report.warnings);
      onReport?.(report);
    },
  };
}
