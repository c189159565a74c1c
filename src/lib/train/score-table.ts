/** A corpus's figures as score.py writes them: a metric, and `<metric>_n`, the pages it is measured on. */
export type Scores = Readonly<Record<string, number>>;

/** The seed format scored: the pages' text, or the saved pages. */
export type ScoredFormat = 'txt' | 'html';

/** The figures the evaluation reports, with the target for each seed format where there is one. */
export const metrics: ReadonlyArray<{ readonly key: string; readonly label: string; readonly target?: Readonly<Partial<Record<ScoredFormat, number>>> }> = [
  { key: 'body_F1', label: 'body F1 (dev)', target: { txt: 0.93, html: 0.96 } },
  { key: 'body_P', label: 'body precision (dev)' },
  { key: 'body_R', label: 'body recall (dev)' },
  { key: 't_exact', label: 'title, exact', target: { txt: 0.85, html: 0.95 } },
  { key: 't_near', label: 'title, near' },
  { key: 'd_exact', label: 'date, same day' },
  { key: 'd_vis', label: 'date printed on the page (d_vis)', target: { txt: 0.9, html: 0.95 } },
  { key: 'a_all', label: 'byline, all names', target: { txt: 0.8, html: 0.9 } },
  { key: 'a_f1', label: 'byline, word F1' },
  { key: 'b_start', label: 'body start (b_start)', target: { txt: 0.8 } },
  { key: 'src', label: 'source (publisher)', target: { html: 0.8 } },
];

/** A Markdown table: one row per metric, one column per set of scores, each cell "value (pages)". */
export function renderTable(columns: ReadonlyArray<{ readonly label: string; readonly scores: Scores }>, format: ScoredFormat = 'txt'): string {
  const header = `| metric | target | ${columns.map((c) => c.label).join(' | ')} |`;
  const rule = `|---|---|${columns.map(() => '---|').join('')}`;
  const rows = metrics.map(({ key, label, target: targets }) => {
    const target = targets?.[format];
    const cells = columns.map(({ scores }) => {
      const v = scores[key];
      if (v === undefined) return '-';
      const n = scores[`${key}_n`] ?? scores['n'];
      return `${v.toFixed(3)}${n === undefined ? '' : ` (${n})`}`;
    });
    return `| ${label} | ${target === undefined ? '' : `≥ ${target.toFixed(2)}`} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
