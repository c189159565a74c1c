import { diffArrays, diffWords } from 'diff';
import { storyWords } from './story-signature.ts';

/** One stretch of a word-level comparison: text both have, or only the other version. */
export interface WordChange {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** One paragraph of a comparison, in reading order. */
export type ParagraphChange =
  | { readonly kind: 'same' | 'added' | 'removed'; readonly text: string }
  | { readonly kind: 'changed'; readonly from: string; readonly to: string; readonly words: readonly WordChange[] };

export interface Comparison {
  readonly paragraphs: readonly ParagraphChange[];
  readonly counts: Readonly<Record<ParagraphChange['kind'], number>>;
}

/** The least share of words two paragraphs have in common for one to be an edit of the other. */
const editedShare = 0.5;

/**
 * How one version's paragraphs became another's: the same, added, removed, or changed (an edited
 * paragraph, paired with the removed one it most resembles, with its words compared). Pure.
 */
export function compareVersions(from: readonly string[], to: readonly string[]): Comparison {
  const paragraphs: ParagraphChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    paragraphs.push(...pairEdits(removed, added));
    removed = [];
    added = [];
  };
  for (const part of diffArrays([...from], [...to])) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      paragraphs.push(...part.value.map((text) => ({ kind: 'same' as const, text })));
    }
  }
  flush();
  const counts = { same: 0, added: 0, removed: 0, changed: 0 };
  for (const p of paragraphs) counts[p.kind]++;
  return { paragraphs, counts };
}

/** One run of removed and added paragraphs: each removed one paired with its closest added one, when close enough. */
function pairEdits(removed: readonly string[], added: readonly string[]): ParagraphChange[] {
  const partner = new Map<number, number>();
  const taken = new Set<number>();
  removed.forEach((r, i) => {
    let best = -1;
    let bestShare = editedShare;
    added.forEach((a, j) => {
      const share = wordShare(r, a);
      if (!taken.has(j) && share >= bestShare) [best, bestShare] = [j, share];
    });
    if (best >= 0) {
      partner.set(best, i);
      taken.add(best);
    }
  });
  const out: ParagraphChange[] = [];
  const paired = new Set(partner.values());
  removed.forEach((text, i) => paired.has(i) || out.push({ kind: 'removed', text }));
  added.forEach((to, j) => {
    const i = partner.get(j);
    const from = i === undefined ? undefined : removed[i];
    out.push(from === undefined ? { kind: 'added', text: to } : { kind: 'changed', from, to, words: wordChanges(from, to) });
  });
  return out;
}

function wordChanges(from: string, to: string): WordChange[] {
  return diffWords(from, to).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

/** Shared words over the words of either paragraph (Jaccard over word sets). */
function wordShare(a: string, b: string): number {
  const x = new Set(storyWords([a]));
  const y = new Set(storyWords([b]));
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}
