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
 * story, listed apart). Candidates come from the features two articles share, so the cost grows
 * with the archive, not with its pairs; a feature in more than `commonShare` of it is skipped.
 */
export function findRelated(articles: readonly Relatable[], exclude: (a: string, b: string) => boolean = () => false, options: Partial<RelatedOptions> = {}): Map<string, string[]> {
  const o = { ...defaultRelatedOptions, ...options };
  if (o.most < 1) return new Map();
  const { features, postings, isName } = featureTable(articles);
  const limit = Math.min(o.maxPostings, Math.max(2, articles.length * o.commonShare));
  // A feature of one article matches none, but still counts in its length: it is part of what the article is about.
  const weight = postings.map((holders, f) => (holders.length > limit ? 0 : Math.log(Math.max(2, articles.length) / holders.length) * (isName[f] ? o.nameWeight : 1)));
  const norms = features.map((list) => Math.sqrt(list.reduce((sum, f) => sum + (weight[f] ?? 0) ** 2, 0)));
  // Each feature's articles in one array (the feature's run from `starts[f]`): the loop below reads
  // them in turn, hundreds of millions of times at 100,000 articles.
  const starts = new Int32Array(postings.length + 1);
  postings.forEach((holders, f) => (starts[f + 1] = (starts[f] ?? 0) + holders.length));
  const holders = new Int32Array(starts[postings.length] ?? 0);
  postings.forEach((list, f) => holders.set(list, starts[f]));
  // Scores and name marks by article, reset after each article through the list of those it touched.
  const scores = new Float64Array(articles.length);
  const named = new Uint8Array(articles.length);
  const touched = new Int32Array(articles.length);
  const topScore = new Float64Array(o.most);
  const topIndex = new Int32Array(o.most);
  const related = new Map<string, string[]>();
  articles.forEach((article, i) => {
    let count = 0;
    for (const f of features[i] ?? []) {
      const w = weight[f] ?? 0;
      if (w === 0) continue;
      const add = w * w;
      const name = isName[f] === true;
      for (let p = starts[f] ?? 0, end = starts[f + 1] ?? 0; p < end; p++) {
        const j = holders[p] ?? 0;
        if (j === i) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = (scores[j] ?? 0) + add;
        if (name) named[j] = 1;
      }
    }
    // The best `most` so far, best first (score, then position): a full sort of the candidates
    // that pass cost a third of the time at 100,000 articles.
    let ranked = 0;
    for (let k = 0; k < count; k++) {
      const j = touched[k] ?? 0;
      const score = (scores[j] ?? 0) / ((norms[i] ?? 1) * (norms[j] ?? 1) || 1);
      const passes = score >= (named[j] ? o.least : o.leastWithoutNames);
      scores[j] = 0;
      named[j] = 0;
      if (!passes || (ranked === o.most && !ranksAbove(score, j, topScore[ranked - 1] ?? 0, topIndex[ranked - 1] ?? 0))) continue;
      if (exclude(article.id, articles[j]?.id ?? '')) continue;
      let at = Math.min(ranked, o.most - 1);
      while (at > 0 && ranksAbove(score, j, topScore[at - 1] ?? 0, topIndex[at - 1] ?? 0)) {
        topScore[at] = topScore[at - 1] ?? 0;
        topIndex[at] = topIndex[at - 1] ?? 0;
        at--;
      }
      topScore[at] = score;
      topIndex[at] = j;
      ranked = Math.min(ranked + 1, o.most);
    }
    if (ranked > 0) related.set(article.id, Array.from(topIndex.subarray(0, ranked), (j) => articles[j]?.id ?? ''));
  });
  return related;
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
