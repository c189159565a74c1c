import { prose, sentenceLike, type LineFacts } from './describe-lines.ts';
import { findByline, isAuthorLabel } from './find-byline.ts';
import { datelineDate, findDate } from './find-date.ts';
import { findHeadline, isHeadlineShaped } from './find-headline.ts';
import { findSource } from './find-source.ts';
import { LineMeasure, type Anchors } from './line-features.ts';
import { keepSiblings } from './keep-siblings.ts';
import { markBody } from './mark-body.ts';
import { chooseLine } from './model/choose.ts';
import type { PageLines } from './read-lines.ts';
import { quoteSpeakers } from './quote-speakers.ts';
import type { ModelRole, RoleModel } from './role-model.ts';
import { mark, remove, stamp, type Decision, type RoleObserver, type RoleState } from './role-state.ts';

/** What the roles stage decides: a role for every unit, and the fields the text states. */
export interface Roles {
  readonly decisions: Decision[];
  /** The headline's unit, or -1 when the page has none (the title is then derived from the lead). */
  readonly headline: number;
  readonly date: string | null;
  readonly byline: string | null;
  readonly source: string | null;
}

/** Why a page without a line of text has no body. */
export const furnitureOnly = 'every line is page furniture such as navigation, share or advertisement lines';

/**
 * The roles stage: known furniture and captions are removed, then the model (with the hand rules'
 * picks among its features) chooses the headline, the date line and the byline, and the body's
 * rules decide every other line. Or what is missing for the page to have a body.
 */
export type { RoleObserver };

export function assignRoles(lines: PageLines, facts: LineFacts, model: RoleModel, observe?: RoleObserver, stated = -1): Roles | { readonly missing: string } {
  const decisions: Decision[] = lines.units.map(() => ({ role: null }));
  const state: RoleState = { lines, facts, decisions, measure: new LineMeasure(lines, facts, model.vocabulary), model, observe };
  lines.fieldUnits.forEach((i) => mark(decisions, i, 'metadata'));
  facts.furniture.forEach((reason, i) => reason && remove(decisions, i, reason));
  // The headline a page's metadata points to may read as a caption (a credit under it): it stays the headline.
  facts.caption.forEach((c, i) => c && i !== stated && remove(decisions, i, 'caption or credit'));
  facts.boxed.forEach((i) => remove(decisions, i, 'related links'));

  const found = headlineRules(state);
  // The headline the page's own metadata points to, when it has one, is the headline.
  const rules = stated >= 0 && decisions[stated]?.role === null ? { ...found, ruled: stated, forced: true } : found;
  if (rules.open.length === 0 && !facts.range) return { missing: furnitureOnly };
  const { units, fieldUnits } = lines;
  // Head zone: lines around the rules' headline and before the text, where date and byline stand.
  const head: number[] = [];
  const headFrom = rules.ruled >= 0 ? Math.max(0, rules.ruled - 4) : Math.max(0, rules.near - 8);
  for (let i = headFrom; i < Math.min(units.length, rules.near + 3); i++) {
    if (i !== rules.ruled && !facts.caption[i] && !fieldUnits.has(i)) head.push(i);
  }
  const dated = chooseDate(state, head, rules.ruled, rules.near);
  const early = chooseByline(state, head, [], rules.ruled, dated.line);
  const frame = frameBody(state, rules, { headline: rules.ruled, title: -1, date: dated.line, byline: early?.lines.at(-1) ?? null });
  if ('missing' in frame) return frame;
  const { headline, bodyStart, bodyEnd } = frame;
  const tail: number[] = [];
  for (let i = Math.max(bodyStart, bodyEnd - 12); i < Math.min(units.length, bodyEnd + 15); i++) tail.push(i);
  const signed = early ?? (state.model.roles.byline ? null : findByline(units, [], null, tail.filter((i) => decisions[i]?.role === null), headline));
  const source = findSource(units, bodyStart < units.length ? bodyStart : null, signed?.lines ?? [], tail);

  if (headline >= 0) mark(decisions, headline, 'title');
  if (dated.line !== null && dated.line !== bodyStart) mark(decisions, dated.line, 'metadata');
  for (const i of signed?.lines ?? []) if (i < bodyStart || i > bodyEnd || i === dated.line) mark(decisions, i, 'metadata');
  markBody(state, headline, bodyStart, bodyEnd, frame.range !== null);
  chooseStart(state, headline, dated.line, signed?.lines.at(-1) ?? null);
  // Where a saved page's markup sets a line beside the text's paragraphs, it is text whatever the rules and the model read it as.
  keepSiblings(decisions, facts.parents, headline);
  return { decisions, headline, date: dated.date, byline: signed?.byline ?? null, source };
}

interface Frame {
  readonly headline: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly range: { readonly start: number; readonly end: number } | null;
}

/** What the headline rules see: their pick, the lines with a headline's shape before the prose, and where it starts. */
interface HeadlineRules {
  readonly ruled: number;
  readonly candidates: readonly number[];
  /** The run of prose's first line, or without one the first line that reads as a paragraph. */
  readonly near: number;
  /** The lines still undecided. */
  readonly open: readonly number[];
  /** The headline is the one the page's metadata states, not a choice. */
  readonly forced?: boolean;
}

function headlineRules(state: RoleState): HeadlineRules {
  const { lines, facts, decisions } = state;
  const { units, keys, counts } = lines;
  const open = units.map((_, i) => i).filter((i) => decisions[i]?.role === null);
  // Without a run of prose, the headline is looked for before the first line that reads as a paragraph.
  const firstParagraph = open.find((i) => {
    const b = facts.blocks[i];
    return b !== undefined && (prose(b) || (b.terminal && b.words >= 8));
  });
  const near = facts.range ? facts.range.start : (firstParagraph ?? open[open.length - 1] ?? 0);
  const { measure } = state;
  const headlineLines = units.map((text, i) => {
    if (i < near - 45 || i > near + 1) return { text, meta: false, skip: true };
    const meta = measure.isByline(i) || stamp.test(text) || (text.length <= 100 && measure.hasDate(i) && !/\p{Ll}{3,}(?:\s+\p{Ll}{3,}){3}/u.test(text));
    const after = units[i + 1];
    const leads = after !== undefined && text.length >= 20 && after.length > text.length && (keys[i + 1] ?? '').startsWith(keys[i] ?? '');
    return { text, meta, leads, skip: decisions[i]?.role !== null || meta };
  });
  // A line of names beside a date or byline line signs the article: it is no headline.
  headlineLines.forEach((line, i) => {
    if (line.meta || line.skip || line.text.length > 60) return;
    const beside = [i - 2, i - 1, i + 1, i + 2].some((j) => headlineLines[j]?.meta === true);
    if (beside && measure.onlyNames(i)) headlineLines[i] = { ...line, meta: true, skip: true };
  });
  const ruled = findHeadline(headlineLines, near, counts);
  const candidates = headlineLines.flatMap((line, i) => (i <= near && !line.skip && isHeadlineShaped(line.text) ? [i] : []));
  return { ruled, candidates: [...candidates, ...signedInRun(state, near)], near, open };
}

/** How far into the run of prose a headline over its byline or date is looked for. */
const runHeadlines = 12;

/**
 * Lines a little way into the run of prose that have a headline's shape and stand over a byline or a
 * date line (within three lines): where the run starts on furniture that reads as prose (a sign-up
 * box's pitch, a footer's blurbs), the article's headline comes after its start.
 */
function signedInRun({ lines, decisions, measure }: RoleState, near: number): number[] {
  const { units } = lines;
  // Each line read once: a line is looked at as a candidate and as the line under up to three others.
  const known = new Map<number, boolean>();
  const meta = (j: number): boolean => {
    let is = known.get(j);
    if (is === undefined) {
      const text = units[j] ?? '';
      is = measure.isByline(j) || measure.names(j) !== null || stamp.test(text) || (text.length <= 100 && measure.hasDate(j));
      known.set(j, is);
    }
    return is;
  };
  const out: number[] = [];
  for (let i = near + 1; i <= Math.min(units.length - 1, near + runHeadlines); i++) {
    const text = units[i] ?? '';
    // The shape first: it turns the run's paragraphs away on their length alone.
    if (decisions[i]?.role !== null || !isHeadlineShaped(text) || meta(i)) continue;
    for (let j = i + 1; j <= i + 3 && j < units.length; j++) {
      if (meta(j)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** The headline and the body's first and last line, or what is missing for there to be a body. */
function frameBody(state: RoleState, rules: HeadlineRules, anchors: Anchors): Frame | { readonly missing: string } {
  const { units } = state.lines;
  const { ruled, candidates, open } = rules;
  const range = state.facts.range;
  if (range) {
    let headline = rules.forced ? ruled : chooseTitle(state, ruled, candidates, anchors);
    let bodyStart = headline >= range.start ? headline + 1 : range.start;
    if (bodyStart > range.end) {
      headline = -1;
      bodyStart = range.start;
    }
    return { headline, bodyStart, bodyEnd: range.end, range };
  }
  // No prose dense enough to anchor on: the first line that reads like a headline, then the rest.
  let headline = rules.forced ? ruled : chooseTitle(state, ruled, candidates, anchors);
  const after = open.filter((i) => i > headline);
  const only = units[open[0] ?? 0] ?? '';
  if ((after.length === 0 || headline === -1) && open.length === 1 && !(sentenceLike.test(only) && only.split(' ').length >= 8)) {
    return { missing: 'only a headline, no paragraphs' };
  }
  if (after.length === 0) headline = -1;
  const bodyStart = headline === -1 ? (open[0] ?? 0) : (after[0] ?? 0);
  return { headline, bodyStart, bodyEnd: open[open.length - 1] ?? bodyStart, range: null };
}

/**
 * The model's choice of a role's line among candidates, null for none, or undefined when the role has
 * no weights. With `must`, the best candidate is chosen even where none scores higher.
 */
function choose(state: RoleState, role: ModelRole, candidates: readonly number[], anchors: Anchors, must = false): number | null | undefined {
  const weights = state.model.roles[role];
  if (!weights && !state.observe) return undefined;
  const rows = candidates.map((i) => state.measure.features(i, anchors));
  state.observe?.(role, candidates, rows);
  if (!weights) return undefined;
  const pick = chooseLine(weights, rows, must);
  return pick ? (candidates[pick.index] ?? null) : null;
}

/**
 * The headline: the model's choice among the lines that have a headline's shape up to the run of
 * prose (dates, bylines and furniture are never one). Whether there is a headline is the headline
 * rules' call: where they find none before the prose (a record's own text or a clipping may start
 * with its lead), there is none, so a record read again comes out the same.
 */
function chooseTitle(state: RoleState, ruled: number, candidates: readonly number[], anchors: Anchors): number {
  const chosen = choose(state, 'title', candidates, anchors, true);
  if (ruled < 0) return ruled;
  // A text with no page chrome at all (a record's own text, a clean clipping) opens with its headline.
  if (candidates[0] === 0 && isClean(state)) return 0;
  // Of adjacent copies, the first is the headline and the others duplicates.
  let pick = chosen ?? ruled;
  while (pick > 0 && state.lines.keys[pick - 1] === state.lines.keys[pick] && state.decisions[pick - 1]?.role === null) pick--;
  return pick;
}

/**
 * The body's first paragraph: the model's choice among the first paragraphs the body's rules kept,
 * and the lines of text above them, below the headline, that the rules turned away (a lead above a
 * box inside the story: related links, a sign-up form, ads). A kept line before the choice is the
 * standfirst (or other text above the story) and is removed; text between a choice above and the
 * kept paragraphs is kept. Where the page has no chrome, the rules' body stands.
 */
function chooseStart(state: RoleState, headline: number, dateLine: number | null, bylineLine: number | null): void {
  const { decisions } = state;
  const kept = decisions.flatMap((d, i) => (d.role === 'body' ? [i] : []));
  const first = kept[0];
  // A text with no chrome (a record's own text, a clean clipping) is its headline and its text.
  if (first === undefined || isClean(state)) return;
  const last = kept[Math.min(3, kept.length - 1)] ?? first;
  const above = turnedAway(state, headline, first);
  const candidates = [...above.slice(0, leadsAbove), ...kept.filter((i) => i > headline && i <= last)];
  const chosen = choose(state, 'start', candidates, { headline, title: headline, date: dateLine, start: first, byline: bylineLine }, true);
  if (chosen === undefined || chosen === null || chosen === first) return;
  if (chosen < first) {
    keepLead(state, chosen, first);
    return;
  }
  for (const i of candidates) {
    const d = decisions[i];
    if (d && i < chosen) {
      d.role = 'removed';
      d.reason = i === headline + 1 ? 'standfirst' : 'other';
    }
  }
}

/**
 * Keep a lead chosen above the first kept paragraph, and the text after it down to the first line
 * that is neither text nor furniture (a box's heading or links end the lead; ads and captions do not).
 */
function keepLead({ decisions, measure, facts }: RoleState, chosen: number, first: number): void {
  for (let i = chosen; i < first; i++) {
    const d = decisions[i];
    if (!d) continue;
    if (d.reason === 'other' && measure.isText(i) && !facts.repeats(i)) decisions[i] = { role: 'body' };
    else if (d.reason === 'other' || facts.sections[i] !== null) return;
  }
}

/** How many lines of text turned away above the first kept paragraph the body's start may be chosen from. */
const leadsAbove = 3;

/**
 * Lines of text between the headline and the first kept paragraph that the body's rules removed as
 * other lines, each shown once on the page (a gallery repeats its captions), with a box between them
 * and that paragraph: a line of furniture (ads, a sign-up form) or a section's heading (related links).
 */
function turnedAway({ decisions, measure, facts }: RoleState, headline: number, first: number): number[] {
  if (headline < 0) return [];
  const out: number[] = [];
  let boxed = false;
  for (let i = first - 1; i > headline; i--) {
    if (facts.furniture[i] !== null || facts.sections[i] !== null) boxed = true;
    else if (boxed && decisions[i]?.reason === 'other' && measure.isText(i) && !facts.repeats(i)) out.unshift(i);
  }
  return out;
}

/** Whether no line of the page is furniture, a caption or a repeat (but of the first line: a title derived from the lead repeats it). */
function isClean({ lines, facts }: RoleState): boolean {
  return lines.units.every((_, i) => facts.furniture[i] === null && !facts.caption[i] && (!facts.repeats(i) || lines.keys[i] === lines.keys[0]));
}

/**
 * The article's date: a field written inline, else the model's choice among the lines where a date
 * stands alone (a sentence of the narrative that mentions one never dates the article) and a dateline
 * opening the lead, else the rules'.
 */
function chooseDate(state: RoleState, head: readonly number[], headline: number, lead: number): { date: string | null; line: number | null } {
  const { units, fieldUnits } = state.lines;
  for (const i of fieldUnits) {
    const m = /\d{4}-\d{2}(?:-\d{2})?/u.exec(units[i] ?? '');
    if (m) return { date: m[0], line: i };
  }
  const candidates = units
    .map((_, i) => i)
    .filter((i) => !state.facts.caption[i] && (units[i]?.length ?? 0) <= 200 && state.measure.datesAlone(i));
  if (!candidates.includes(lead) && datelineDate(units[lead] ?? '') !== null) candidates.push(lead);
  const chosen = choose(state, 'date', candidates, { headline, title: headline, date: null });
  if (chosen !== undefined) {
    if (chosen === null) return { date: null, line: null };
    return { date: state.measure.date(chosen)?.date ?? datelineDate(units[chosen] ?? ''), line: chosen };
  }
  const found = findDate(units, head.filter((i) => state.decisions[i]?.role === null || state.facts.furniture[i] === 'navigation'), lead);
  return found ? { date: found.date, line: found.line } : { date: null, line: null };
}

/** The byline: the model's choice among lines that state names, else the rules'. */
function chooseByline(
  state: RoleState,
  head: readonly number[],
  tail: readonly number[],
  headline: number,
  dateLine: number | null,
): { byline: string; lines: readonly number[] } | null {
  const { units } = state.lines;
  const open = (i: number): boolean => state.decisions[i]?.role === null || i === dateLine;
  const speakers = quoteSpeakers(state);
  const candidates = units.map((_, i) => i).filter((i) => open(i) && !speakers.has(i) && state.measure.names(i) !== null);
  const chosen = choose(state, 'byline', candidates, { headline, title: headline, date: dateLine });
  if (chosen !== undefined && chosen !== null) {
    const label = chosen > 0 && isAuthorLabel(units[chosen - 1] ?? '') ? [chosen - 1] : [];
    return { byline: state.measure.names(chosen) ?? '', lines: [...label, chosen] };
  }
  if (chosen === null) return null;
  return findByline(units, head.filter(open), dateLine, tail.filter((i) => state.decisions[i]?.role === null), headline);
}

