/** An article as related-article ranking sees it. */
export interface Relatable {
  readonly id: string;
  /** Its names, each already keyed so that one name's spellings agree (e.g. `people:mike pompeo`). */
  readonly names: readonly string[];
  /** Its key terms (`keyTerms`). */
  readonly terms: readonly string[];
}

export interface RelatedOptions {
  /** The most related articles listed for one article. */
  readonly most: number;
  /** The least cosine similarity for an article that shares a name to count as related. */
  readonly least: number;
  /** The least for one that shares words only: common words alone make weak links. */
  readonly leastWithoutNames: number;
  /** A name counts this many times a word: sharing a person says more than sharing a word. */
  readonly nameWeight: number;
  /** A feature shared by more than this share of the archive says nothing and is skipped. */
  readonly commonShare: number;
  /** Nor is one shared by more articles than this, whatever the archive's size: the cost stays near linear. */
  readonly maxPostings: number;
}

export const defaultRelatedOptions: RelatedOptions = Object.freeze({ most: 5, least: 0.08, leastWithoutNames: 0.25, nameWeight: 2, commonShare: 0.5, maxPostings: 500 });

/**
 * For each article, the articles most like it: the cosine similarity of TF-IDF vectors over its
 * names and key terms (each weighted by how rare it is in the archive, names twice), best first,
 * at most `most` and at least `least` alike. `exclude(a, b)` leaves pairs out (the versions of one
 * story, listed apart); it must say the same of `(b, a)`. Candidates come from the features two
 * articles share, so the cost grows with the archive, not with its pairs; a feature in more than
 * `commonShare` of it is skipped. Each pair is scored once, from its earlier article, and offered
 * to both articles' lists.
 */
export function findRelated(articles: readonly Relatable[], exclude: (a: string, b: string) => boolean = () => false, options: Partial<RelatedOptions> = {}): Map<string, string[]> {
  const related = new Map<string, string[]>();
  relatedIndices(articles, (i, j) => exclude(articles[i]?.id ?? '', articles[j]?.id ?? ''), options).forEach((list, i) => {
    if (list.length > 0) related.set(articles[i]?.id ?? '', list.map((j) => articles[j]?.id ?? ''));
  });
  return related;
}

/**
 * `findRelated` by position: for each article, the positions of its related articles in
 * `articles`, best first (empty for none), so that a caller holding the articles in that order
 * finds them without looking each id up. `exclude` takes two positions (at 100,000 articles it is
 * asked millions of times: by ids, its lookups were a sixth of the time).
 */
export function relatedIndices(articles: readonly Relatable[], exclude: (i: number, j: number) => boolean = () => false, options: Partial<RelatedOptions> = {}): number[][] {
  const o = { ...defaultRelatedOptions, ...options };
  if (o.most < 1) return articles.map(() => []);
  const { features, postings, isName } = featureTable(articles);
  const limit = Math.min(o.maxPostings, Math.max(2, articles.length * o.commonShare));
  // A feature of one article matches none, but still counts in its length: it is part of what the article is about.
  const weight = postings.map((holders, f) => (holders.length > limit ? 0 : Math.log(Math.max(2, articles.length) / holders.length) * (isName[f] ? o.nameWeight : 1)));
  const norms = Float64Array.from(features, (list) => Math.sqrt(list.reduce((sum, f) => sum + (weight[f] ?? 0) ** 2, 0)));
  // Each feature's articles in one array (the feature's run from `starts[f]`, in archive order): the
  // loop below reads them in turn, hundreds of millions of times at 100,000 articles.
  const starts = new Int32Array(postings.length + 1);
  postings.forEach((holders, f) => (starts[f + 1] = (starts[f] ?? 0) + holders.length));
  const holders = new Int32Array(starts[postings.length] ?? 0);
  postings.forEach((list, f) => holders.set(list, starts[f]));
  // Each feature's squared weight and whether it is a name, and each article's weighted features in
  // one array (its run from `from[i]`), in its own order: the loop reads them without a check each.
  const adds = Float64Array.from(weight, (w) => w * w);
  const names = Uint8Array.from(isName, (name) => (name ? 1 : 0));
  const weightedLists = features.map((list) => list.filter((f) => weight[f] !== 0));
  const from = new Int32Array(articles.length + 1);
  weightedLists.forEach((list, i) => (from[i + 1] = (from[i] ?? 0) + list.length));
  const weighted = new Int32Array(from[articles.length] ?? 0);
  weightedLists.forEach((list, i) => weighted.set(list, from[i]));
  // An article comes to its features in archive order, so its place in a feature's run is how many
  // came before it: `seen[f]` counts them, and the articles after it start at the next place.
  const seen = new Int32Array(postings.length);
  // Scores and name marks by later article, reset after each article through the list of those it touched.
  const scores = new Float64Array(articles.length);
  const named = new Uint8Array(articles.length);
  const touched = new Int32Array(articles.length);
  const best = bestLists(articles.length, o.most);
  const { least, leastWithoutNames } = o;
  for (let i = 0; i < articles.length; i++) {
    let count = 0;
    const last = from[i + 1] ?? 0;
    for (let k = from[i] ?? 0; k < last; k++) {
      const f = weighted[k] ?? 0;
      const add = adds[f] ?? 0;
      const name = names[f] === 1;
      const end = starts[f + 1] ?? 0;
      const after = (starts[f] ?? 0) + (seen[f] ?? 0) + 1;
      seen[f] = (seen[f] ?? 0) + 1;
      for (let p = after; p < end; p++) {
        const j = holders[p] ?? 0;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = (scores[j] ?? 0) + add;
        if (name) named[j] = 1;
      }
    }
    const norm = norms[i] ?? 1;
    for (let k = 0; k < count; k++) {
      const j = touched[k] ?? 0;
      const score = (scores[j] ?? 0) / (norm * (norms[j] ?? 1) || 1);
      const passes = score >= (named[j] === 1 ? least : leastWithoutNames);
      scores[j] = 0;
      named[j] = 0;
      if (!passes) continue;
      const forI = best.takes(i, score, j);
      const forJ = best.takes(j, score, i);
      if ((!forI && !forJ) || exclude(i, j)) continue;
      if (forI) best.put(i, score, j);
      if (forJ) best.put(j, score, i);
    }
  }
  return articles.map((_, i) => best.of(i));
}

/**
 * Every article's best `most` so far, best first (score, then position), in two flat arrays: a full
 * sort of the candidates that pass cost a third of the time at 100,000 articles.
 */
function bestLists(count: number, most: number): { takes(a: number, score: number, j: number): boolean; put(a: number, score: number, j: number): void; of(a: number): number[] } {
  const topScore = new Float64Array(count * most);
  const topIndex = new Int32Array(count * most);
  const ranked = new Int32Array(count);
  // Each full list's last: what a candidate must rank above, in arrays of their own (a list not yet full takes any).
  const barScore = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  const barIndex = new Int32Array(count);
  return {
    takes: (a, score, j) => ranksAbove(score, j, barScore[a] ?? 0, barIndex[a] ?? 0),
    put: (a, score, j) => {
      const base = a * most;
      let at = Math.min(ranked[a] ?? 0, most - 1);
      while (at > 0 && ranksAbove(score, j, topScore[base + at - 1] ?? 0, topIndex[base + at - 1] ?? 0)) {
        topScore[base + at] = topScore[base + at - 1] ?? 0;
        topIndex[base + at] = topIndex[base + at - 1] ?? 0;
        at--;
      }
      topScore[base + at] = score;
      topIndex[base + at] = j;
      ranked[a] = Math.min((ranked[a] ?? 0) + 1, most);
      if (ranked[a] !== most) return;
      barScore[a] = topScore[base + most - 1] ?? 0;
      barIndex[a] = topIndex[base + most - 1] ?? 0;
    },
    of: (a) => Array.from(topIndex.subarray(a * most, a * most + (ranked[a] ?? 0))),
  };
}

/** Whether a score ranks above another: higher, or as high and earlier in the archive. */
function ranksAbove(score: number, j: number, otherScore: number, otherJ: number): boolean {
  return score > otherScore || (score === otherScore && j < otherJ);
}

/**
 * Each article's features as numbers (its names first, then its terms, each once), and each
 * feature's articles in order. Names and terms are numbered from one count, each kind in a map of
 * its own, so that no key is made by joining strings (a quarter of a million at 10,000 articles).
 */
function featureTable(articles: readonly Relatable[]): { features: number[][]; postings: number[][]; isName: boolean[] } {
  const nameIds = new Map<string, number>();
  const termIds = new Map<string, number>();
  const postings: number[][] = [];
  const isName: boolean[] = [];
  const features = articles.map((a, i) => {
    const list: number[] = [];
    const add = (ids: Map<string, number>, key: string, name: boolean): void => {
      let f = ids.get(key);
      if (f === undefined) {
        f = postings.length;
        ids.set(key, f);
        postings.push([]);
        isName.push(name);
      }
      const holders = postings[f]!;
      // Each feature once per article: its postings end with the article when it was added already.
      if (holders[holders.length - 1] === i) return;
      holders.push(i);
      list.push(f);
    };
    for (const n of a.names) add(nameIds, n, true);
    for (const t of a.terms) add(termIds, t, false);
    return list;
  });
  return { features, postings, isName };
}
