/**
 * Measure extraction honestly: site-grouped 5-fold cross-validation over the labelled corpora (a
 * model is never tested on a site it was fitted on), and the committed model on each corpus. Scores
 * come from the corpus's own score.py. Writes the table to src/lib/normalize/model/scores.md and
 * into the README's Quality section.
 *
 *   npm run eval [-- DIR ...] [--format txt|html] [--folds 5] [--failures] [--no-write]
 *
 * With no folder, both corpora beside the project are scored and the report is written; with
 * folders, only those are scored and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultRoleModel, type RoleModel } from '../src/lib/normalize/role-model.ts';
import { defaultCorpora } from '../src/lib/train/corpora.ts';
import { fitRoles } from '../src/lib/train/fit-roles.ts';
import { comparable, wordsOnly } from '../src/lib/train/label-lines.ts';
import { predict, type Prediction } from '../src/lib/train/predict.ts';
import { readCorpus, type CorpusPage } from '../src/lib/train/read-corpus.ts';
import { siteFolds } from '../src/lib/train/site-folds.ts';
import { metrics, renderTable, type Scores } from '../src/lib/train/score-table.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    folds: { type: 'string', default: '5' },
    failures: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    format: { type: 'string', default: 'txt' },
  },
});
const format = values.format;
if (format !== 'txt' && format !== 'html') {
  console.error(`eval: --format must be txt (the pages' text) or html (the saved pages), got ${format}`);
  process.exit(1);
}
const chosen = positionals.length > 0;
const folders = (chosen ? positionals : defaultCorpora).map((f) => resolve(f));
for (const f of folders) {
  if (!existsSync(f)) {
    console.error(`eval: no corpus folder at ${f}: pass a folder of NNN.txt pages with NNN.json labels, e.g. npm run eval -- ../shared/corpus/dev`);
    process.exit(1);
  }
}
const corpora = folders.map((folder) => ({ folder, pages: readCorpus(folder, format) }));
const all = corpora.flatMap((c) => c.pages);
const k = Number(values.folds);
if (!Number.isInteger(k) || k < 2) {
  console.error(`eval: --folds must be a whole number of 2 or more, got ${values.folds}`);
  process.exit(1);
}
const out = resolve(`.cache/eval/${format}`);
rmSync(out, { recursive: true, force: true });

const started = performance.now();
const crossValidated = new Map<string, Prediction>();
for (const fold of siteFolds(all, k)) {
  const held = new Set(fold.map((p) => p.id));
  const model = fitRoles(all.filter((p) => !held.has(p.id)));
  for (const page of fold) crossValidated.set(page.id, predict(page, model));
}
const fitted = new Map(all.map((p) => [p.id, predict(p, defaultRoleModel satisfies RoleModel)]));
const seconds = (performance.now() - started) / 1000;

const columns: { label: string; scores: Scores }[] = [];
const cvByCorpus = corpora.map((c) => ({ name: c.pages[0]?.corpus ?? c.folder, scores: score(c.folder, c.pages, crossValidated, 'cv') }));
const fitByCorpus = corpora.map((c) => ({ name: c.pages[0]?.corpus ?? c.folder, scores: score(c.folder, c.pages, fitted, 'fitted') }));
if (cvByCorpus.length > 1) columns.push({ label: 'cross-validated, all', scores: combine(cvByCorpus.map((c) => c.scores)) });
for (const c of cvByCorpus) columns.push({ label: `cross-validated, ${c.name}`, scores: c.scores });
for (const c of fitByCorpus) columns.push({ label: `fitted on all, ${c.name}`, scores: c.scores });

const sites = new Set(all.map((p) => p.site)).size;
const heading = `${format === 'html' ? 'the saved pages (.html) of ' : 'the pages\' text (.txt) of '}${all.length} pages from ${sites} sites (${corpora.map((c) => `${c.pages[0]?.corpus}: ${c.pages.length}`).join(', ')}); ${k} folds grouped by site.`;
const table = renderTable(columns, format);
console.log(`${heading} Fitted and scored in ${seconds.toFixed(1)} s.\n\n${table}`);
if (values.failures) printFailures(all, crossValidated);
if (!values['no-write'] && !chosen) writeReport(heading, table, format);

/** Score one corpus's predictions with its score.py; the per-page rows are kept for --failures. */
function score(folder: string, pages: readonly CorpusPage[], predictions: ReadonlyMap<string, Prediction>, kind: string): Scores {
  const name = pages[0]?.corpus ?? 'corpus';
  const dir = join(out, kind, name);
  mkdirSync(dir, { recursive: true });
  for (const p of pages) writeFileSync(join(dir, `${p.id.split('/').pop()}.json`), JSON.stringify(predictions.get(p.id) ?? {}));
  const json = join(out, `${kind}-${name}.json`);
  const run = spawnSync('python3', [join(dirname(folder), 'score.py'), '--gold', folder, '--pred', dir, '--json', json, '--pages', join(out, `${kind}-${name}.tsv`)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`eval: ${join(dirname(folder), 'score.py')} failed (exit ${run.status}): ${run.stderr || run.error?.message}; it needs python3`);
    process.exit(1);
  }
  return (JSON.parse(readFileSync(json, 'utf8')) as Record<string, Scores>)['ALL'] ?? {};
}

/** Two corpora's figures as one: each metric averaged over all the pages that have it. */
function combine(parts: readonly Scores[]): Scores {
  const out: Record<string, number> = {};
  for (const { key } of metrics) {
    let sum = 0;
    let n = 0;
    for (const s of parts) {
      const v = s[key];
      const count = s[`${key}_n`] ?? s['n'] ?? 0;
      if (v === undefined || key.startsWith('body_')) continue;
      sum += v * count;
      n += count;
    }
    if (n > 0) {
      out[key] = sum / n;
      out[`${key}_n`] = n;
    }
  }
  const body = parts.find((s) => s['body_F1'] !== undefined);
  for (const key of ['body_F1', 'body_P', 'body_R']) if (body?.[key] !== undefined) out[key] = body[key];
  return out;
}

function printFailures(pages: readonly CorpusPage[], predictions: ReadonlyMap<string, Prediction>): void {
  const short = (s: string | null | undefined) => ((s ?? '').length > 80 ? `${(s ?? '').slice(0, 77)}…` : s || '∅');
  for (const p of pages) {
    const pred = predictions.get(p.id);
    if (!pred) continue;
    const wrong: string[] = [];
    if (p.title !== null && comparable(p.title) !== comparable(pred.title)) wrong.push(`title: ${short(pred.title)} | want ${short(p.title)}`);
    if (p.date !== null && pred.date.slice(0, 10) !== p.date) wrong.push(`date: ${pred.date || '∅'} | want ${p.date}`);
    if (p.authors !== null && !p.authors.every((a) => wordsOnly(pred.byline).includes(wordsOnly(a)))) wrong.push(`byline: ${short(pred.byline)} | want ${p.authors.join(', ')}`);
    if (wrong.length) console.log(`${p.id} ${p.site}\n  ${wrong.join('\n  ')}`);
  }
}


function writeReport(heading: string, table: string, format: 'txt' | 'html'): void {
  const tag = format === 'html' ? 'quality-html' : 'quality';
  const report = `# Extraction quality${format === 'html' ? ': saved pages' : ''}\n\nGenerated by \`npm run eval${format === 'html' ? ' -- --format html' : ''}\`: ${heading}\n\n${table}\n`;
  writeFileSync(resolve(`src/lib/normalize/model/scores${format === 'html' ? '-html' : ''}.md`), report);
  const readme = resolve('README.md');
  const text = readFileSync(readme, 'utf8');
  const begin = `<!-- ${tag}:begin (npm run eval writes this table) -->`;
  const end = `<!-- ${tag}:end -->`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a !== -1 && b > a) writeFileSync(readme, `${text.slice(0, a + begin.length)}\n${heading}\n\n${table}\n${text.slice(b)}`);
}
