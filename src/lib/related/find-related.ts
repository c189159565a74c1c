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
  const features = articles.map((a) => [...new Set(a.names.map((n) => `n:${n}`)), ...new Set(a.terms.map((t) => `t:${t}`))]);
  const postings = new Map<string, number[]>();
  features.forEach((list, i) =>
    list.forEach((f) => {
      const holders = postings.get(f);
      if (holders) holders.push(i);
      else postings.set(f, [i]);
    }),
  );
  const limit = Math.min(o.maxPostings, Math.max(2, articles.length * o.commonShare));
  const weight = (f: string): number => {
    const df = postings.get(f)?.length ?? 1;
    // A feature of one article matches none, but still counts in its length: it is part of what the article is about.
    return df > limit ? 0 : Math.log(Math.max(2, articles.length) / df) * (f.startsWith('n:') ? o.nameWeight : 1);
  };
  const norms = features.map((list) => Math.sqrt(list.reduce((sum, f) => sum + weight(f) ** 2, 0)));
  const related = new Map<string, string[]>();
  articles.forEach((article, i) => {
    const scores = new Map<number, number>();
    const named = new Set<number>();
    for (const f of features[i] ?? []) {
      const w = weight(f);
      if (w === 0) continue;
      for (const j of postings.get(f) ?? []) {
        if (j === i) continue;
        scores.set(j, (scores.get(j) ?? 0) + w * w);
        if (f.startsWith('n:')) named.add(j);
      }
    }
    const ranked = [...scores.entries()]
      .map(([j, dot]) => ({ j, score: dot / ((norms[i] ?? 1) * (norms[j] ?? 1) || 1) }))
      .filter(({ j, score }) => score >= (named.has(j) ? o.least : o.leastWithoutNames) && !exclude(article.id, articles[j]?.id ?? ''))
      .sort((a, b) => b.score - a.score || a.j - b.j)
      .slice(0, o.most);
    if (ranked.length > 0) related.set(article.id, ranked.map(({ j }) => articles[j]?.id ?? ''));
  });
  return related;
}
