import { formatDiagnostic } from './format-diagnostic.ts';
import type { IngestSummary } from './ingest-seeds.ts';

/**
 * The lines `npm run ingest` prints: one count line (or, for a run that stopped before its first
 * seed, a line saying nothing was written), then what was skipped, every warning and every error,
 * each as `formatDiagnostic` prints it (`seeds/x.txt:12: warning: … [rule]`). `quiet` keeps only
 * warnings and errors.
 */
export function formatSummary(summary: IngestSummary, quiet = false): string[] {
  const lines: string[] = [];
  if (!quiet && !summary.complete) {
    lines.push('ingest: stopped before the first seed (see the error below): nothing was written, and the collection was left as it was.');
  } else if (!quiet) {
    const articles = summary.written + summary.unchanged;
    lines.push(
      `ingest: ${summary.seeds} seed${summary.seeds === 1 ? '' : 's'}, ${articles} article${articles === 1 ? '' : 's'}: ` +
        `${summary.written} written, ${summary.unchanged} unchanged, ${summary.removed.length} removed; ` +
        `${summary.warnings.length} warning${summary.warnings.length === 1 ? '' : 's'}, ` +
        `${summary.errors.length} error${summary.errors.length === 1 ? '' : 's'} ` +
        `(${summary.normalized} normalized, ${summary.cached} from cache, ${Math.round(summary.ms)} ms)`,
    );
    for (const s of summary.skipped) lines.push(`skipped: ${s.file} (${s.reason})`);
    for (const r of summary.removed) lines.push(`removed: ${r} (its seed is gone or now fails)`);
  }
  for (const d of [...summary.warnings, ...summary.errors]) lines.push(formatDiagnostic(d, summary.seedsDir));
  return lines;
}
