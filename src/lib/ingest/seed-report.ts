import type { Diagnostic } from '../article/diagnostic.ts';
import type { Article } from '../article/schema.ts';

/** What became of one seed in an ingest run. */
export type SeedReport =
  | {
      readonly file: string;
      readonly status: 'ok';
      /** The normalizer's warnings, then the ingest's own (a duplicate of another seed). */
      readonly warnings: Diagnostic[];
      readonly article: Article;
      /** Whether the collection file was rewritten, already current, not written (a duplicate), or not asked for. */
      readonly outcome: 'written' | 'unchanged' | 'duplicate' | 'not written';
    }
  | {
      readonly file: string;
      readonly status: 'error';
      /** What is wrong and how to fix it. */
      readonly error: Diagnostic;
      readonly warnings: Diagnostic[];
    };

/** One element of `npm run ingest -- --json`: the contract other tools read. */
export type SeedJson =
  | (Pick<Extract<SeedReport, { status: 'ok' }>, 'file' | 'status' | 'warnings'> & Omit<Article, 'warnings'>)
  | Extract<SeedReport, { status: 'error' }>;

/**
 * The `--json` object of a seed: `{file, status, warnings}` then the record's other fields, in
 * the record's order (the schema's: `id, slug, title, …, removed`); or `{file, status: "error", error, warnings}`.
 */
export function toSeedJson(report: SeedReport): SeedJson {
  if (report.status === 'error') {
    return { file: report.file, status: 'error', error: report.error, warnings: report.warnings };
  }
  const { warnings: _own, ...record } = report.article;
  return { file: report.file, status: 'ok', warnings: report.warnings, ...record };
}
