import type { Article } from '../article/schema';

/** What became of one seed in an ingest run. */
export type SeedReport =
  | {
      readonly file: string;
      readonly status: 'ok';
      /** The normalizer's warnings, then the ingest's own (a duplicate of another seed). */
      readonly warnings: string[];
      readonly article: Article;
      /** Whether the collection file was rewritten, already current, not written (a duplicate), or not asked for. */
      readonly outcome: 'written' | 'unchanged' | 'duplicate' | 'not written';
    }
  | {
      readonly file: string;
      readonly status: 'error';
      /** Names the file, what is wrong and how to fix it. */
      readonly error: string;
      readonly warnings: string[];
    };

/** One element of `npm run ingest -- --json`: the contract other tools read. */
export type SeedJson =
  | ({ file: string; status: 'ok'; warnings: string[] } & Omit<Article, 'warnings'>)
  | { file: string; status: 'error'; error: string; warnings: string[] };

/**
 * The `--json` object of a seed: `{file, status, warnings, id, slug, title, titleSource, date,
 * dateSource, dateEstimate, byline, authors, source, url, body, blocks, removed}`, or `{file, status: "error", error, warnings}`.
 */
export function toSeedJson(report: SeedReport): SeedJson {
  if (report.status === 'error') {
    return { file: report.file, status: 'error', error: report.error, warnings: report.warnings };
  }
  const { id, slug, title, titleSource, date, dateSource, dateEstimate, byline, authors, source, url, body, blocks, removed } = report.article;
  return {
    file: report.file,
    status: 'ok',
    warnings: report.warnings,
    id,
    slug,
    title,
    titleSource,
    date,
    dateSource,
    dateEstimate,
    byline,
    authors,
    source,
    url,
    body,
    blocks,
    removed,
  };
}
