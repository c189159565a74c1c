import { slugFor } from '../article/slug';
import type { Article, RemovalReason, RemovedLine, SourceLine } from '../article/schema';
import { boilerplateReason, sectionReason } from './boilerplate';
import { classifyBlocks, toBlock, type Block, type BlockClass } from './classify-blocks';
import { decode } from './decode';
import { deriveTitle } from './derive-title';
import { findBody, findContinuation } from './find-body';
import { findByline, isBylineLine, isNames } from './find-byline';
import { isCaption, isCreditOnly } from './find-caption';
import { findDate } from './find-date';
import { findHeadline, key } from './find-headline';
import { findSource } from './find-source';
import { parseDate } from './parse-date';
import { readFrontMatter } from './read-front-matter';
import { splitInlineField, splitLines } from './split-lines';
import type { NormalizeResult, SeedInput } from './types';

type Role = SourceLine['role'];

/** What is decided about each unit (a line, or part of one) on the way. */
interface Decision {
  role: Role | null;
  reason?: RemovalReason;
}

/** A line that dates or signs the article: "Published …", "Updated …", "5 hours ago". */
const stamp = /^(?:published|updated|posted|last updated)\b|^\d+\s*min(?:ute)?s?(?:\s+read)?$|\b(?:published|updated|posted)\s*:?\s*(?:on\s+)?\d|\d+\s+(?:min(?:ute)?s?|hours?|days?|weeks?)\s+ago\b|\|\s*(?:published|updated)\b/iu;
/** Enough words, and enough of them stopwords, to be a paragraph whatever its punctuation. */
const prose = (b: Block): boolean => b.words >= 12 && b.density >= 0.18;
/** What a comments heading costs a body run: no story goes on after its comments. */
const commentsCost = 2000;
/** Furniture that comes as a box of several lines: a sign-up form, a paywall, a consent banner. */
const boxes: ReadonlySet<RemovalReason> = new Set(['newsletter', 'subscription', 'cookie notice']);
const openingQuote = /^["“„«‘']/u;
const sentenceLike = /[.!?…]["'”’»)\]]*$/u;

/**
 * Turn one seed file into an article record. Pure and never throws on any input: problems in the
 * data come back as a rejected result whose `error` names the file, what is wrong and the fix.
 * Every non-blank line of the seed ends up, in order, in `lines` as title, metadata, body or removed.
 */
export function normalize(input: SeedInput): NormalizeResult {
  try {
    return run(input);
  } catch (cause) {
    // A bug, not a data problem: still a record of the failure rather than a crash of the whole run.
    return {
      ok: false,
      file: input.file,
      error: `${input.file}: the normalizer failed (${(cause as Error)?.message ?? String(cause)}); please report this with the file`,
      warnings: [],
    };
  }
}

function run({ file, bytes }: SeedInput): NormalizeResult {
  const decoded = decode(file, bytes);
  if (!decoded.ok) return { ok: false, file, error: decoded.error, warnings: [] };
  const fm = readFrontMatter(file, decoded.text);
  if (!fm.ok) return { ok: false, file, error: fm.error, warnings: decoded.warnings };
  const warnings = [...decoded.warnings, ...fm.warnings];
  const fail = (what: string): NormalizeResult => ({
    ok: false,
    file,
    error: `${file}: no article body (${what}): add the article's text, or remove the file`,
    warnings,
  });

  const rows = splitLines(fm.content);
  if (rows.length === 0) {
    return fail(/\S/u.test(decoded.text) ? 'only front matter' : decoded.text.length === 0 ? 'the file is empty' : 'the file holds only whitespace');
  }

  // Units: the lines, with an inline field at the head split off its text.
  const units: string[] = [];
  const fieldUnits = new Set<number>();
  rows.forEach((row) => {
    const split = splitInlineField(row);
    if (split) {
      fieldUnits.add(units.length);
      units.push(split[0], split[1]);
    } else units.push(row);
  });
  const n = units.length;

  const keys = units.map(key);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const repeats = (i: number): boolean => (counts.get(keys[i] ?? '') ?? 0) > 1;
  // A short line that recurs and is not a sentence is furniture ("Article content", a menu item).
  // So is any line the page shows three times or more that is not a sentence (an image's alt text, a running head).
  const recurs = (i: number): boolean =>
    repeats(i) && ((units[i]?.length ?? 0) < 100 || (counts.get(keys[i] ?? '') ?? 0) >= 3) && !sentenceLike.test(units[i] ?? '');
  const furniture: (RemovalReason | null)[] = units.map((u) => boilerplateReason(u));
  // A sign-up box is a block: a line between two lines of the same box (its pitch, its small print) is part of it.
  furniture.forEach((reason, i) => {
    if (reason !== null || (units[i]?.length ?? 0) > 300) return;
    const above = furniture[i - 1];
    if (above && boxes.has(above) && furniture[i + 1] === above) furniture[i] = above;
  });
  const caption = units.map((u, i) => furniture[i] === null && isCaption(u));
  // The line above a credit that stands alone is its caption.
  units.forEach((u, i) => {
    if (i > 0 && furniture[i - 1] === null && (units[i - 1]?.length ?? 0) <= 400 && isCreditOnly(u)) caption[i - 1] = true;
  });
  const sections = units.map((u) => sectionReason(u));
  // Section headings end a body; comments always do, a related-links box inside the text may not.
  const breaks = new Map<number, number | undefined>();
  sections.forEach((s, i) => {
    if (s) breaks.set(i, s === 'comments' ? commentsCost : undefined);
    else if (furniture[i] === 'comments') breaks.set(i, commentsCost);
  });
  const blocks = units.map((u, i) => toBlock(u, furniture[i] !== null || caption[i] === true || fieldUnits.has(i)));
  const classes: BlockClass[] = classifyBlocks(blocks);
  const neutral = new Set(units.map((_, i) => i).filter((i) => furniture[i] || caption[i] || recurs(i)));
  const found = findBody(
    blocks,
    classes,
    breaks,
    neutral,
  );
  /** A line of a box of links: a headline or kicker, not a sentence of the text. */
  const teaser = (i: number): boolean => {
    const b = blocks[i];
    return b !== undefined && !b.terminal && furniture[i] === null && !caption[i];
  };
  const boxed = new Set<number>();
  // The anchor starts and ends on prose: short lines at its edges are decided by the headline search and by `keep`.
  let range = found;
  if (found) {
    let { start, end } = found;
    while (start < end && (blocks[start]?.length ?? 0) < 70) start++;
    while (end > start && (blocks[end]?.length ?? 0) < 70 && !blocks[end]?.terminal) end--;
    // A closing paragraph the classification missed (no final stop, few stopwords) right after the run.
    for (let j = end + 1; j < n; j++) {
      // A section heading ends the text even when it is also known furniture ("Recommended stories").
      if (breaks.has(j)) break;
      if (neutral.has(j)) continue;
      const b = blocks[j];
      if (!b || !prose(b) || repeats(j)) break;
      end = j;
    }
    // A box inside the story (most read, a list of headlines) and more of the story after it.
    for (let more = findContinuation(blocks, classes, breaks, neutral, end); more; more = findContinuation(blocks, classes, breaks, neutral, end)) {
      for (let j = more.gap.start; j <= more.gap.end; j++) if (teaser(j)) boxed.add(j);
      end = more.run.end;
    }
    range = { start, end };
  }

  const decisions: Decision[] = units.map(() => ({ role: null }));
  const remove = (i: number, reason: RemovalReason) => {
    const d = decisions[i];
    if (d && d.role === null) {
      d.role = 'removed';
      d.reason = reason;
    }
  };
  const mark = (i: number, role: Role) => {
    const d = decisions[i];
    if (d && d.role === null) d.role = role;
  };
  fieldUnits.forEach((i) => mark(i, 'metadata'));
  furniture.forEach((reason, i) => {
    if (reason) remove(i, reason);
  });
  caption.forEach((c, i) => {
    if (c) remove(i, 'caption or credit');
  });
  boxed.forEach((i) => remove(i, 'related links'));

  let bodyStart: number;
  let bodyEnd: number;
  let headline: number;
  // Without a run of prose, the headline is looked for before the first line that reads as a paragraph.
  const open = units.map((_, i) => i).filter((i) => decisions[i]?.role === null);
  const firstParagraph = open.find((i) => {
    const b = blocks[i];
    return b !== undefined && (prose(b) || (b.terminal && b.words >= 8));
  });
  const near = range ? range.start : (firstParagraph ?? open[open.length - 1] ?? 0);
  const headlineLines = units.map((text, i) => {
    if (i < near - 45 || i > near + 1) return { text, meta: false, skip: true };
    const meta = isBylineLine(text) || stamp.test(text) || (text.length <= 100 && parseDate(text) !== null && !/\p{Ll}{3,}(?:\s+\p{Ll}{3,}){3}/u.test(text));
    const after = units[i + 1];
    const leads = after !== undefined && text.length >= 20 && after.length > text.length && after.toLowerCase().startsWith(keys[i] ?? '');
    return { text, meta, leads, skip: decisions[i]?.role !== null || meta };
  });
  // A line of names beside a date or byline line signs the article: it is no headline.
  headlineLines.forEach((line, i) => {
    if (line.meta || line.skip || line.text.length > 60) return;
    const beside = [i - 2, i - 1, i + 1, i + 2].some((j) => headlineLines[j]?.meta === true);
    if (beside && isNames(line.text)) headlineLines[i] = { ...line, meta: true, skip: true };
  });
  if (range) {
    headline = findHeadline(headlineLines, range.start, counts);
    bodyStart = headline >= range.start ? headline + 1 : range.start;
    bodyEnd = range.end;
    if (bodyStart > bodyEnd) {
      headline = -1;
      bodyStart = range.start;
    }
  } else {
    // No prose dense enough to anchor on: the first line that reads like a headline, then the rest.
    if (open.length === 0) return fail('every line is page furniture such as navigation, share or advertisement lines');
    headline = findHeadline(headlineLines, near, counts);
    const after = open.filter((i) => i > headline);
    const only = units[open[0] ?? 0] ?? '';
    if ((after.length === 0 || headline === -1) && open.length === 1 && !(sentenceLike.test(only) && only.split(' ').length >= 8)) {
      return fail('only a headline, no paragraphs');
    }
    if (after.length === 0) headline = -1;
    bodyStart = headline === -1 ? (open[0] ?? 0) : (after[0] ?? 0);
    bodyEnd = open[open.length - 1] ?? bodyStart;
  }
  const titleKey = headline >= 0 ? key(units[headline] ?? '') : '';

  // Head zone: lines around the headline and before the body, where date and byline stand.
  const headFrom = headline >= 0 ? Math.max(0, headline - 4) : Math.max(0, bodyStart - 8);
  const head: number[] = [];
  for (let i = headFrom; i < Math.min(n, bodyStart + 3); i++) {
    if (i !== headline && !caption[i] && !fieldUnits.has(i)) head.push(i);
  }
  const tail: number[] = [];
  for (let i = Math.max(bodyStart, bodyEnd - 12); i < Math.min(n, bodyEnd + 15); i++) tail.push(i);

  // Date.
  let date: string | null = null;
  let dateSource: Article['dateSource'] = null;
  let dateLine: number | null = null;
  for (const i of fieldUnits) {
    const m = /\d{4}-\d{2}(?:-\d{2})?/u.exec(units[i] ?? '');
    if (m && date === null) {
      date = m[0];
      dateSource = 'explicit';
      dateLine = i;
    }
  }
  if (date === null) {
    const found = findDate(units, head.filter((i) => decisions[i]?.role === null || furniture[i] === 'navigation'), bodyStart);
    if (found) {
      date = found.date;
      dateSource = 'explicit';
      dateLine = found.line;
    }
  }
  if (fm.fields.date !== undefined) {
    date = fm.fields.date;
    dateSource = date === null ? null : 'front-matter';
  }

  // Byline and source.
  const bylineFound = findByline(
    units,
    head.filter((i) => decisions[i]?.role === null || i === dateLine),
    dateLine,
    tail.filter((i) => decisions[i]?.role === null),
    headline,
  );
  let byline = bylineFound?.byline ?? null;
  if (fm.fields.byline !== undefined) byline = fm.fields.byline;
  let source = findSource(units, bodyStart < n ? bodyStart : null, bylineFound?.lines ?? [], tail);
  if (fm.fields.source !== undefined) source = fm.fields.source;

  // Roles.
  if (headline >= 0) mark(headline, 'title');
  if (dateLine !== null && dateLine !== bodyStart) mark(dateLine, 'metadata');
  for (const i of bylineFound?.lines ?? []) if (i < bodyStart || i > bodyEnd || i === dateLine) mark(i, 'metadata');
  if (titleKey) {
    units.forEach((_, i) => {
      // A copy inside the text is its lead (a title derived from it), not a second headline; so is a copy
      // right under a headline that is a whole sentence of some length (a record's own text, title derived from its lead).
      const inText = i >= bodyStart && i <= bodyEnd;
      const lead = i === headline + 1 && i < bodyStart && (blocks[headline]?.terminal ?? false) && (blocks[headline]?.words ?? 0) >= 8;
      if (i !== headline && keys[i] === titleKey && !inText && !lead) remove(i, 'duplicate headline');
    });
  }
  // A standfirst directly under the headline is part of the text.
  const next = headline + 1;
  if (headline >= 0 && next < bodyStart && decisions[next]?.role === null) {
    const b = blocks[next];
    if (b && b.length >= 60 && b.words >= 8 && classes[next] !== 'bad') mark(next, 'body');
    else if (b && b.length >= 60 && b.words >= 8 && b.density >= 0.15 && !/\d{4}/u.test(b.text)) mark(next, 'body');
  }
  // Paragraphs between the headline (or the page's start) and the run of prose belong to the text,
  // up to the first line that is neither one nor already decided (metadata, captions, furniture).
  for (let i = bodyStart - 1; i > headline; i--) {
    const d = decisions[i];
    if (!d || d.role !== null) continue;
    const b = blocks[i];
    if (!b || !keep(i) || !(b.terminal || prose(b))) break;
    d.role = 'body';
  }
  let section: RemovalReason | null = null;
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const d = decisions[i];
    if (!d) continue;
    if (d.role === 'body') {
      seen.add(keys[i] ?? '');
      continue;
    }
    if (d.role !== null) continue;
    if (i < bodyStart) {
      remove(i, headline >= 0 && i > headline ? 'other' : 'navigation');
      continue;
    }
    if (i > bodyEnd) {
      section = sections[i] ?? section;
      remove(i, section ?? 'boilerplate');
      continue;
    }
    const k = keys[i] ?? '';
    if (seen.has(k)) {
      remove(i, 'duplicate paragraph');
      continue;
    }
    if (teaserBlurb(i)) {
      remove(i, 'related links');
      continue;
    }
    if (keep(i)) {
      mark(i, 'body');
      seen.add(k);
    } else remove(i, repeats(i) ? 'boilerplate' : 'other');
  }

  /**
   * A teaser card's blurb: a short paragraph right under a headline shown twice in a row, a kicker
   * perhaps between (the link on the picture and on the text), when that headline is not the article's own.
   */
  function teaserBlurb(i: number): boolean {
    const above = units[i - 1] ?? '';
    const b = blocks[i];
    return (
      b !== undefined &&
      b.length <= 300 &&
      counts.get(keys[i - 1] ?? '') === 2 &&
      (keys[i - 2] === keys[i - 1] || (keys[i - 3] === keys[i - 1] && (units[i - 2]?.length ?? 0) <= 60)) &&
      keys[i - 1] !== titleKey &&
      above.length <= 160 &&
      furniture[i - 1] === null &&
      /^[\p{Lu}\p{N}"“‘']/u.test(above) &&
      !sentenceLike.test(above) &&
      (blocks[i - 1]?.words ?? 0) >= 4
    );
  }
  function keep(i: number): boolean {
    const b = blocks[i];
    if (!b) return false;
    // Recurring, unless the only other copy is the headline (the lead repeating it).
    if (recurs(i) && !(keys[i] === titleKey && counts.get(titleKey) === 2)) return false;
    // Without a run of prose to anchor on (a language the stopword lists do not know, a page of one
    // paragraph), nothing was classified good by its neighbours: whole sentences of some length are text.
    if (b.length >= 70) return classes[i] === 'good' || classes[i] === 'neargood' || prose(b) || (range === null && b.terminal && b.words >= 8);
    if (stamp.test(b.text) || (/\d/u.test(b.text) && parseDate(b.text) !== null && !b.terminal)) return false;
    if (b.terminal && b.words >= 3) return true;
    if (isNames(b.text)) return false;
    // A subheading: a few words before more of the text, not the last of a run of lines already turned away (a box of links).
    return b.words >= 2 && b.words <= 20 && /^\p{Lu}|^\p{N}/u.test(b.text) && nextIsText(i) && !(decisions[i - 1]?.reason === 'other' && decisions[i - 2]?.reason === 'other');
  }
  function nextIsText(i: number): boolean {
    for (let j = i + 1; j <= bodyEnd; j++) {
      if (decisions[j]?.role === 'removed') continue;
      return classes[j] === 'good' && (blocks[j]?.length ?? 0) >= 70;
    }
    return false;
  }

  // Each paragraph once: later copies are duplicates, however they were kept.
  const kept = new Set<string>();
  decisions.forEach((d, i) => {
    if (d.role !== 'body') return;
    const k = keys[i] ?? '';
    if (kept.has(k)) {
      d.role = 'removed';
      d.reason = 'duplicate paragraph';
    } else kept.add(k);
  });
  // A page whose only paragraph repeats its headline (a record's own text, when the title was
  // derived from a one-sentence lead) keeps that paragraph.
  if (!decisions.some((d) => d.role === 'body')) {
    const copy = decisions.findLastIndex((d) => d.reason === 'duplicate headline');
    const d = decisions[copy];
    if (d) {
      d.role = 'body';
      delete d.reason;
    }
  }
  // A quotation's speaker, as a pull quote or a fact-check's claim box shows them: a few short lines (the
  // name under a photo, the name again, a title) just before the paragraph that opens with the quotation.
  for (let i = 0; i < n; i++) {
    let j = i;
    while (j < n && decisions[j]?.reason === 'other' && (units[j]?.length ?? 0) <= 60 && !blocks[j]?.terminal) j++;
    if (j - i >= 1 && j - i <= 4 && openingQuote.test(units[j] ?? '') && units.slice(i, j).some((u) => isNames(u))) {
      for (let k = i; k < j; k++) {
        const d = decisions[k];
        if (d) d.reason = 'caption or credit';
      }
    }
    i = Math.max(i, j);
  }
  const body: string[] = [];
  const removed: RemovedLine[] = [];
  const lines: SourceLine[] = fm.lines.filter((l) => l.trim()).map((l) => ({ text: l.replace(/\s+/gu, ' ').trim(), role: 'metadata' as const }));
  units.forEach((text, i) => {
    const d = decisions[i] ?? { role: 'removed' as const, reason: 'other' as const };
    const role = d.role ?? 'removed';
    if (role === 'body') body.push(text);
    if (role === 'removed') {
      const reason = d.reason ?? 'other';
      removed.push({ text, reason });
      lines.push({ text, role, reason });
    } else lines.push({ text, role });
  });
  if (body.length === 0) return fail('every line is page furniture such as navigation, share or advertisement lines');

  let title: string;
  let titleSource: Article['titleSource'];
  if (fm.fields.title !== undefined) {
    title = fm.fields.title;
    titleSource = 'front-matter';
  } else if (headline >= 0) {
    title = units[headline] ?? '';
    titleSource = 'headline';
  } else {
    // From the lead: the first paragraph that is a sentence, not a subheading above it.
    const lead = body.find((p) => sentenceLike.test(p) || p.split(' ').length >= 8) ?? body[0] ?? '';
    title = deriveTitle(lead);
    titleSource = 'derived';
  }
  const id = file.replace(/^.*[\\/]/u, '').replace(/\.txt$/iu, '');
  const article: Article = {
    id,
    slug: fm.fields.slug ?? slugFor(title, id),
    title,
    titleSource,
    date,
    dateSource,
    byline,
    source,
    body,
    removed,
    warnings,
  };
  return { ok: true, file, article, lines };
}
