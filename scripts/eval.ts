/**
 * Measure extraction on real pages: normalize every NNN.txt of a corpus folder, write the
 * predictions, score them with the corpus's score.py and print the figures against the targets.
 *
 *   npm run eval -- ../shared/corpus/dev [--failures]
 *
 * A page whose text fails to normalize counts as an empty prediction.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalize } from '../src/lib/normalize';

interface Prediction {
  title: string;
  date: string;
  byline: string;
  body: string;
  source: string;
}

const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const corpus = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/dev');
const out = resolve('.cache/eval');
const predDir = join(out, 'pred');
rmSync(out, { recursive: true, force: true });
mkdirSync(predDir, { recursive: true });

const pages = readdirSync(corpus).filter((f) => /^\d+\.txt$/u.test(f)).sort();
if (pages.length === 0) {
  console.error(`eval: no NNN.txt pages in ${corpus}: pass the corpus folder, e.g. npm run eval -- ../shared/corpus/dev`);
  process.exit(1);
}
const predictions = new Map<string, Prediction>();
const errors: string[] = [];
const started = performance.now();
for (const page of pages) {
  const id = page.replace(/\.txt$/u, '');
  const result = normalize({ file: page, bytes: readFileSync(join(corpus, page)) });
  const p: Prediction = result.ok
    ? {
        title: result.article.title,
        date: result.article.date ?? '',
        byline: result.article.byline ?? '',
        body: result.article.body.join('\n\n'),
        source: result.article.source ?? '',
      }
    : { title: '', date: '', byline: '', body: '', source: '' };
  if (!result.ok) errors.push(result.error);
  predictions.set(id, p);
  writeFileSync(join(predDir, `${id}.json`), JSON.stringify(p));
}
const elapsed = performance.now() - started;

const jsonFile = join(out, 'scores.json');
const pagesFile = join(out, 'pages.tsv');
const score = spawnSync(
  'python3',
  [join(corpus, '..', 'score.py'), '--gold', corpus, '--pred', predDir, '--json', jsonFile, '--pages', pagesFile],
  { encoding: 'utf8' },
);
if (score.status !== 0) {
  console.error(`eval: score.py failed (exit ${score.status}): ${score.stderr || score.error?.message}`);
  process.exit(1);
}
const all = (JSON.parse(readFileSync(jsonFile, 'utf8')) as Record<string, Record<string, number>>)['ALL'] ?? {};

const rows: ReadonlyArray<readonly [string, string, number, number]> = [
  ['body F1', 'body_F1', 0.93, 0.697],
  ['body precision', 'body_P', 0.93, 0.537],
  ['body recall', 'body_R', 0.95, 0.992],
  ['title, exact', 't_exact', 0.85, 0],
  ['date, same day', 'd_exact', 0.85, 0],
  ['byline, all names', 'a_all', 0.8, 0],
  ['source', 'src', 0, 0],
];
console.log(`${pages.length} pages from ${corpus}, normalized in ${elapsed.toFixed(0)} ms${errors.length ? `, ${errors.length} failed` : ''}\n`);
console.log(`${'field'.padEnd(20)}${'value'.padStart(8)}${'target'.padStart(9)}${'floor'.padStart(8)}   pages`);
for (const [label, k, target, floor] of rows) {
  const v = all[k];
  const n = all[`${k}_n`] ?? all['n'];
  const mark = v === undefined ? ' ' : target === 0 ? ' ' : v >= target ? '✓' : '✗';
  console.log(
    `${label.padEnd(20)}${(v === undefined ? '-' : v.toFixed(3)).padStart(8)}${(target ? `≥${target.toFixed(2)}` : '-').padStart(9)}${(floor ? floor.toFixed(3) : '-').padStart(8)} ${mark} ${n ?? ''}`,
  );
}
for (const e of errors) console.log(`failed: ${e}`);

if (showFailures) {
  const [header, ...lines] = readFileSync(pagesFile, 'utf8').trim().split('\n');
  const cols = (header ?? '').split('\t');
  const groups = new Map<string, string[]>();
  const add = (group: string, line: string) => groups.set(group, [...(groups.get(group) ?? []), line]);
  const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s) || '∅';
  for (const line of lines) {
    const r = Object.fromEntries(line.split('\t').map((v, i) => [cols[i], v]));
    const id = r['id'] ?? '';
    const gold = JSON.parse(readFileSync(join(corpus, `${id}.json`), 'utf8')) as Record<string, unknown>;
    const p = predictions.get(id);
    const site = String(gold['site'] ?? '');
    if (!p) continue;
    const bp = Number(r['bp']);
    const br = Number(r['br']);
    if (br < 0.9) add('body: missed paragraphs (recall < 0.90)', `${id} ${site}: recall ${br.toFixed(2)}, precision ${bp.toFixed(2)}`);
    if (bp < 0.9) add('body: kept boilerplate (precision < 0.90)', `${id} ${site}: precision ${bp.toFixed(2)}, recall ${br.toFixed(2)}`);
    if (r['t_exact'] === '0.0000') {
      add(p.title ? 'title: wrong' : 'title: missing', `${id} ${site}: got ${short(p.title)} | want ${short(String(gold['title']))}`);
    }
    if (r['d_exact'] === '0.0000') {
      add(p.date ? 'date: wrong' : 'date: missing', `${id} ${site}: got ${p.date || '∅'} | want ${String(gold['date'])}`);
    }
    if (r['a_all'] === '0.0000') {
      add(p.byline ? 'byline: wrong' : 'byline: missing', `${id} ${site}: got ${short(p.byline)} | want ${JSON.stringify(gold['authors'])}`);
    }
    if (r['src'] === '0.0000') {
      add(p.source ? 'source: wrong' : 'source: missing', `${id} ${site}: got ${short(p.source)} | want ${String(gold['source'])}`);
    }
  }
  for (const [group, items] of groups) {
    console.log(`\n${group} (${items.length})`);
    for (const item of items) console.log(`  ${item}`);
  }
}
