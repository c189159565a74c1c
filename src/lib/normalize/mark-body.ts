import type { RemovalReason } from '../article/schema.ts';
import { quoteSpeakers } from './quote-speakers.ts';
import { mark, remove, stamp, type RoleState } from './role-state.ts';
import { prose, sentenceLike } from './describe-lines.ts';
import { isNames } from './find-byline.ts';
import { parseDate } from './parse-date.ts';


/**
 * The body's rules: every line not yet decided becomes a paragraph or is removed with its reason.
 * Copies of the headline outside the text are duplicates; a standfirst right under the headline and
 * paragraphs before the run of prose are text; after the body each line takes its section's reason;
 * inside it, teaser blurbs and furniture go, and each paragraph is kept once.
 */
export function markBody(state: RoleState, headline: number, bodyStart: number, bodyEnd: number, anchored: boolean): void {
  const { decisions, lines, facts } = state;
  const { units, keys } = lines;
  const titleKey = headline >= 0 ? (keys[headline] ?? '') : '';
  const rules = bodyRules(state, titleKey, bodyEnd, anchored);
  markHeadlineCopies(state, headline, bodyStart, bodyEnd, titleKey);
  markLeadIn(state, headline, bodyStart, rules.keep);
  let section: RemovalReason | null = null;
  const seen = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const d = decisions[i];
    if (!d) continue;
    if (d.role === 'body') {
      seen.add(keys[i] ?? '');
      continue;
    }
    if (d.role !== null) continue;
    if (i < bodyStart) remove(decisions, i, headline >= 0 && i > headline ? 'other' : 'navigation');
    else if (i > bodyEnd) {
      section = facts.sections[i] ?? section;
      remove(decisions, i, section ?? 'boilerplate');
    } else if (seen.has(keys[i] ?? '')) remove(decisions, i, 'duplicate paragraph');
    else if (rules.teaserBlurb(i)) remove(decisions, i, 'related links');
    else if (rules.keep(i)) {
      mark(decisions, i, 'body');
      seen.add(keys[i] ?? '');
    } else remove(decisions, i, facts.repeats(i) ? 'boilerplate' : 'other');
  }
  keepOnce(state);
  // A page whose only paragraph repeats its headline (a record's own text, when the title was
  // derived from a one-sentence lead) keeps that paragraph.
  if (!decisions.some((d) => d.role === 'body')) {
    const d = decisions[decisions.findLastIndex((x) => x.reason === 'duplicate headline')];
    if (d) {
      d.role = 'body';
      delete d.reason;
    }
  }
  markSpeakers(state);
}

/** The rules for a line inside the body: whether it is kept, and whether it is a teaser card's blurb. */
function bodyRules(state: RoleState, titleKey: string, bodyEnd: number, anchored: boolean) {
  const { decisions, lines, facts } = state;
  const { units, keys, counts } = lines;
  const blocks = facts.blocks;
  const nextIsText = (i: number): boolean => {
    for (let j = i + 1; j <= bodyEnd; j++) {
      if (decisions[j]?.role === 'removed') continue;
      return facts.classes[j] === 'good' && (blocks[j]?.length ?? 0) >= 70;
    }
    return false;
  };
  const keep = (i: number): boolean => {
    const b = blocks[i];
    if (!b) return false;
    // Recurring, unless the only other copy is the headline (the lead repeating it).
    if (facts.recurs(i) && !(keys[i] === titleKey && counts.get(titleKey) === 2)) return false;
    // Without a run of prose to anchor on (a language the stopword lists do not know, a page of one
    // paragraph), nothing was classified good by its neighbours: whole sentences of some length are text.
    const c = facts.classes[i];
    if (b.length >= 70) return c === 'good' || c === 'neargood' || prose(b) || (!anchored && b.terminal && b.words >= 8);
    // Where the markup says a line is a list item or a subheading, inside the text it is one.
    const kind = facts.kinds[i];
    if (kind === 'list-item' && b.words >= 2) return true;
    if (kind === 'heading' && nextIsText(i)) return true;
    if (stamp.test(b.text) || (/\d/u.test(b.text) && parseDate(b.text) !== null && !b.terminal)) return false;
    if (b.terminal && b.words >= 3) return true;
    if (isNames(b.text)) return false;
    // A subheading: a few words before more of the text, not the last of a run of lines already turned away (a box of links).
    return b.words >= 2 && b.words <= 20 && /^\p{Lu}|^\p{N}/u.test(b.text) && nextIsText(i) && !(decisions[i - 1]?.reason === 'other' && decisions[i - 2]?.reason === 'other');
  };
  /**
   * A teaser card's blurb: a short paragraph right under a headline shown twice in a row, a kicker
   * perhaps between (the link on the picture and on the text), when that headline is not the article's own.
   */
  const teaserBlurb = (i: number): boolean => {
    const above = units[i - 1] ?? '';
    const b = blocks[i];
    return (
      b !== undefined &&
      b.length <= 300 &&
      counts.get(keys[i - 1] ?? '') === 2 &&
      (keys[i - 2] === keys[i - 1] || (keys[i - 3] === keys[i - 1] && (units[i - 2]?.length ?? 0) <= 60)) &&
      keys[i - 1] !== titleKey &&
      above.length <= 160 &&
      facts.furniture[i - 1] === null &&
      /^[\p{Lu}\p{N}"“‘']/u.test(above) &&
      !sentenceLike.test(above) &&
      (blocks[i - 1]?.words ?? 0) >= 4
    );
  };
  return { keep, teaserBlurb };
}

/**
 * Copies of the headline are duplicates, except a copy inside the text (its lead, a title derived
 * from it) and a copy right under a headline that is a whole sentence of some length (a record's own
 * text, its title derived from its lead).
 */
function markHeadlineCopies(state: RoleState, headline: number, bodyStart: number, bodyEnd: number, titleKey: string): void {
  if (!titleKey) return;
  const blocks = state.facts.blocks;
  state.lines.keys.forEach((k, i) => {
    const inText = i >= bodyStart && i <= bodyEnd;
    const lead = i === headline + 1 && i < bodyStart && (blocks[headline]?.terminal ?? false) && (blocks[headline]?.words ?? 0) >= 8;
    if (i !== headline && k === titleKey && !inText && !lead) remove(state.decisions, i, 'duplicate headline');
  });
}

/**
 * A standfirst directly under the headline is part of the text, and so are paragraphs between the
 * headline (or the page's start) and the run of prose, up to the first line that is neither one nor
 * already decided (metadata, captions, furniture).
 */
function markLeadIn(state: RoleState, headline: number, bodyStart: number, keep: (i: number) => boolean): void {
  const { decisions, facts } = state;
  const next = headline + 1;
  if (headline >= 0 && next < bodyStart && decisions[next]?.role === null) {
    const b = facts.blocks[next];
    if (b && b.length >= 60 && b.words >= 8 && facts.classes[next] !== 'bad') mark(decisions, next, 'body');
    else if (b && b.length >= 60 && b.words >= 8 && b.density >= 0.15 && !/\d{4}/u.test(b.text)) mark(decisions, next, 'body');
  }
  for (let i = bodyStart - 1; i > headline; i--) {
    const d = decisions[i];
    if (!d || d.role !== null) continue;
    const b = facts.blocks[i];
    if (!b || !keep(i) || !(b.terminal || prose(b))) break;
    d.role = 'body';
  }
}

/** Each paragraph once: later copies are duplicates, however they were kept. */
function keepOnce({ decisions, lines }: RoleState): void {
  const kept = new Set<string>();
  decisions.forEach((d, i) => {
    if (d.role !== 'body') return;
    const k = lines.keys[i] ?? '';
    if (kept.has(k)) {
      d.role = 'removed';
      d.reason = 'duplicate paragraph';
    } else kept.add(k);
  });
}

/** The lines a quotation's speaker stands on, removed as other lines, are its caption (see `quoteSpeakers`). */
function markSpeakers(state: RoleState): void {
  const { decisions } = state;
  for (const k of quoteSpeakers(state, (i) => decisions[i]?.reason === 'other')) {
    const d = decisions[k];
    if (d) d.reason = 'caption or credit';
  }
}
