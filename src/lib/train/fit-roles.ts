import { featureNames, type Vocabulary } from '../normalize/line-features.ts';
import { fitChoice, type ChoiceExample, type ChoiceWeights, type FitOptions } from '../normalize/model/choose.ts';
import { normalize } from '../normalize/normalize.ts';
import { readLines } from '../normalize/read-lines.ts';
import { readSeed } from '../normalize/read-seed.ts';
import { modelRoles, type ModelRole, type RoleModel } from '../normalize/role-model.ts';
import { wordsOf } from '../normalize/stopwords.ts';
import { isBodyLine, isByline, isDate, isTitle, opensBody } from './label-lines.ts';
import type { CorpusPage } from './read-corpus.ts';

/** Whether the page's line `i` plays a role on a labelled page. */
const labels: Record<ModelRole, (page: CorpusPage, lines: readonly string[], i: number) => boolean> = {
  title: (p, lines, i) => isTitle(p, lines[i] ?? ''),
  date: (p, lines, i) => isDate(p, lines[i] ?? ''),
  byline: (p, lines, i) => isByline(p, lines[i] ?? ''),
  start: opensBody,
};
/** Whether a page is labelled for a role. */
const labelled: Record<ModelRole, (page: CorpusPage) => boolean> = {
  title: (p) => p.title !== null,
  date: (p) => p.date !== null,
  byline: (p) => p.authors !== null,
  start: (p) => p.bodyFirstWords !== null || p.body !== null,
};

/**
 * Fit the role model on labelled pages: the furniture vocabulary first, then each role in the order
 * of `modelRoles` (title, date, byline, the body's start), each on the candidates the pipeline
 * offers with the weights fitted so far. The headline is fitted first, so while it is fitted the
 * date and byline beside it are the hand rules' picks (the normalizer then uses the model's); that
 * cross-validated better (title 0.79) than fitting it after them (0.77). Deterministic: the same
 * pages give the same model.
 */
export function fitRoles(pages: readonly CorpusPage[], options: Partial<FitOptions> = {}): RoleModel {
  const units = new Map(pages.map((p) => [p.id, unitsOf(p)]));
  let model: RoleModel = { features: [...featureNames], vocabulary: countVocabulary(pages, units), roles: {} };
  for (const role of modelRoles) {
    const examples: ChoiceExample[] = [];
    for (const page of pages) {
      if (!labelled[role](page)) continue;
      const lines = units.get(page.id) ?? [];
      normalize({ file: page.file, bytes: page.bytes }, {
        model,
        observe: (r, candidates, rows) => {
          if (r !== role) return;
          let positives = candidates.flatMap((i, k) => (labels[role](page, lines, i) ? [k] : []));
          // The body starts at the line the first words open. Where the body is labelled whole, its
          // first line or the next will do: those labels open with the standfirst where the first
          // words leave it out, and both teach what is not the text (a gallery, a sign-up box).
          if (role === 'start') positives = positives.slice(0, page.body === null ? 1 : 2);
          // A title and a first paragraph are on every labelled page: one the candidates miss teaches nothing.
          if ((role === 'title' || role === 'start') && positives.length === 0) return;
          examples.push({ rows, positives });
        },
      });
    }
    if (role === 'byline') examples.push(...bodyOnlyExamples(pages, model, role));
    if (role === 'title') examples.push(...headlineFirstExamples(pages, units, model));
    const weights: ChoiceWeights = fitChoice(examples, featureNames.length, options);
    model = { ...model, roles: { ...model.roles, [role]: weights } };
  }
  return model;
}

/**
 * Pages that are only an article's text (its labelled body alone, as a record's own text or a
 * clipping without its page) have no byline: whatever the model would choose there is wrong, so
 * these teach it when to choose none.
 */
function bodyOnlyExamples(pages: readonly CorpusPage[], model: RoleModel, role: ModelRole): ChoiceExample[] {
  const examples: ChoiceExample[] = [];
  for (const page of pages) {
    if (page.body === null) continue;
    const bytes = new TextEncoder().encode(page.body);
    normalize({ file: `${page.id}.txt`, bytes }, { model, observe: (r, _candidates, rows) => r === role && examples.push({ rows, positives: [] }) });
  }
  return examples;
}

/**
 * Pages that start at their headline (a record's own text, a clipping cut at the headline): the
 * labelled title, then the labelled body or the page's lines after the title. The first line is the
 * title, wherever the text around it would put one.
 */
function headlineFirstExamples(pages: readonly CorpusPage[], units: ReadonlyMap<string, readonly string[]>, model: RoleModel): ChoiceExample[] {
  const examples: ChoiceExample[] = [];
  for (const page of pages) {
    if (page.title === null) continue;
    const lines = units.get(page.id) ?? [];
    const at = lines.findIndex((l) => isTitle(page, l));
    const rest = page.body ?? (at === -1 ? null : lines.slice(at + 1).join('\n\n'));
    if (rest === null) continue;
    const bytes = new TextEncoder().encode(`${page.title}\n\n${rest}`);
    normalize({ file: `${page.id}.txt`, bytes }, {
      model,
      observe: (r, candidates, rows) => {
        if (r === 'title' && candidates[0] === 0) examples.push({ rows, positives: [0] });
      },
    });
  }
  return examples;
}

function unitsOf(page: CorpusPage): readonly string[] {
  const seed = readSeed(page.file, page.bytes);
  return 'error' in seed ? [] : readLines(seed.content).units;
}

/**
 * Each word's log-odds of standing in furniture rather than in text, counted over pages (a word
 * counts once a page, so no one page's menu weighs more than another's). Text is the labelled body's
 * lines; furniture, the lines of a page with a labelled body that are not in it, and the lines before
 * the labelled first words that are not the title. Only words seen on enough pages are kept.
 */
export function countVocabulary(pages: readonly CorpusPage[], units: ReadonlyMap<string, readonly string[]>): Vocabulary {
  const text = new Map<string, number>();
  const furniture = new Map<string, number>();
  let textPages = 0;
  let furniturePages = 0;
  for (const page of pages) {
    if (page.body === null && page.bodyFirstWords === null) continue;
    const lines = units.get(page.id) ?? [];
    const first = page.body === null ? lines.findIndex((l) => isBodyLine(page, l)) : lines.length;
    if (first === -1) continue;
    const inText = new Set<string>();
    const inFurniture = new Set<string>();
    lines.forEach((line, i) => {
      const body = page.body !== null ? isBodyLine(page, line) : i === first;
      if (page.body === null && i > first) return;
      if (!body && isTitle(page, line)) return;
      for (const w of wordsOf(line)) if (/^\p{L}{2,}$/u.test(w)) (body ? inText : inFurniture).add(w);
    });
    inText.forEach((w) => text.set(w, (text.get(w) ?? 0) + 1));
    inFurniture.forEach((w) => furniture.set(w, (furniture.get(w) ?? 0) + 1));
    textPages++;
    furniturePages++;
  }
  const vocabulary: Record<string, number> = {};
  const words = [...new Set([...text.keys(), ...furniture.keys()])].sort();
  for (const w of words) {
    const t = text.get(w) ?? 0;
    const f = furniture.get(w) ?? 0;
    if (t + f < 5) continue;
    const odds = Math.log((f + 0.5) / (furniturePages + 1)) - Math.log((t + 0.5) / (textPages + 1));
    if (Math.abs(odds) >= 0.7) vocabulary[w] = Number(odds.toFixed(3));
  }
  return vocabulary;
}
