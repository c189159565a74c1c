import { textHash } from '../build-run/page-record.ts';
import { entityKinds } from '../entities/entity-kinds.ts';
import type { NameLinker } from './entity-links.ts';
import type { Story } from '../stories/group-stories.ts';
import type { Archive } from './load-articles.ts';
import { periodOf } from './more-from-month.ts';

/**
 * What an article page shows of the archive, reduced to keys a rebuild compares with the last
 * build's to find the article pages that may have changed without making every page's props
 * (`articlesToRender`). An article page is made from its own entry and, of the rest of the
 * archive: its neighbours, its related articles, its story's other versions, the other articles
 * of its month (the rail), and the links of the names it gives. Each is here, by the ids it
 * takes, or by what decides it for every page at once (the years whose months have pages, each
 * name's link). `changedPages` checks the pages this leaves out against their hashes when asked
 * (`pageRecordEnv.checkKept`), as the incremental-build tests do.
 */
export interface ArticleDependencies {
  /** Each article's keys, by id. */
  readonly articles: ReadonlyMap<string, ArticleKeys>;
  /** The years whose months have pages of their own, which the rails link to. */
  readonly monthPageYears: string;
  /** Each name, as `kind` NUL `name`, that links to a page, with the page's address. */
  readonly links: ReadonlyMap<string, string>;
}

/** One article's keys (see `ArticleDependencies`). */
export interface ArticleKeys {
  /** A hash of its collection file's digest and path, and its date as the archive carries it; null when the entry has no digest (never taken as unchanged). */
  readonly own: string | null;
  /** A hash of the ids of its neighbours and related articles, in order. */
  readonly around: string;
  /** A hash of its story's versions (ids, files and digests) and the version its date comes from; empty when it has none. */
  readonly story: string;
  /** The month (or year) its rail lists; null when undated. */
  readonly period: string | null;
}

/** The keys of an archive's article pages (see `ArticleDependencies`). */
export function articleDependencies(archive: Archive, monthPageYears: ReadonlySet<string>, nameLinkOf: NameLinker): ArticleDependencies {
  const { entries, stories, related } = archive;
  const articles = new Map<string, ArticleKeys>();
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    const { id, date, dateSource } = entry.data;
    // The entries are in the home page's order, the one `articleSteps` takes the neighbours from.
    let around = `${entries[k - 1]?.data.id ?? ''}\u0000${entries[k + 1]?.data.id ?? ''}`;
    for (const other of related.get(id) ?? []) around += `\u0000${other.data.id}`;
    const story = stories.get(id);
    articles.set(id, {
      own: entry.digest === undefined ? null : textHash(`${entry.digest}\u0000${entry.filePath ?? ''}\u0000${date ?? ''}\u0000${dateSource}`),
      around: textHash(around),
      story: story === undefined ? '' : storyKey(story, archive),
      period: date === null ? null : periodOf(date),
    });
  }
  return { articles, monthPageYears: [...monthPageYears].sort().join(' '), links: nameLinks(archive, nameLinkOf) };
}

/** A story's key: its versions' ids, files and digests, and the version its dates come from. */
function storyKey(story: Story, { byId }: Archive): string {
  let text = story.stated?.id ?? '';
  for (const member of story.members) {
    const other = byId.get(member);
    text += `\u0000${member}\u0001${other?.filePath ?? ''}\u0001${other?.digest ?? ''}`;
  }
  return textHash(text);
}

/** Each name the archive's articles give that links to a page, with its address. */
function nameLinks({ spellings }: Archive, nameLinkOf: NameLinker): Map<string, string> {
  const links = new Map<string, string>();
  for (const kind of entityKinds) {
    for (const name of spellings[kind].keys()) {
      const link = nameLinkOf(kind, name);
      if (link !== undefined) links.set(`${kind}\u0000${name}`, link.href);
    }
  }
  return links;
}

/**
 * The ids of the articles whose pages may differ from the last build's, or `all` when that cannot
 * be told apart (the rails' links changed). A page may differ when its own keys changed, or when
 * one it shows changed: an article whose entry changed (or is new) changes its neighbours' and
 * its story's pages, the pages that list it as related, and, with an article removed or a story
 * changed, the rails of every article of its month, then and now. A name whose link changed
 * changes the pages of every article that gives it.
 */
export function articlesToRender(archive: Archive, now: ArticleDependencies, last: ArticleDependencies): ReadonlySet<string> | 'all' {
  if (now.monthPageYears !== last.monthPageYears) return 'all';
  const render = new Set<string>();
  const changed = new Set<string>();
  const periods = new Set<string | null>();
  let kept = 0;
  for (const [id, keys] of now.articles) {
    const before = last.articles.get(id);
    if (before !== undefined) kept++;
    if (before === undefined || keys.own === null || keys.own !== before.own) {
      render.add(id);
      changed.add(id);
      periods.add(keys.period).add(before?.period ?? null);
    } else if (keys.story !== before.story) {
      render.add(id);
      periods.add(keys.period);
    } else if (keys.around !== before.around) render.add(id);
  }
  // Articles removed: only when not every one of the last build's is still here.
  if (kept < last.articles.size) for (const [id, before] of last.articles) if (!now.articles.has(id)) periods.add(before.period);
  periods.delete(null);
  const { entries, stories, related } = archive;
  if (changed.size > 0) {
    entries.forEach((entry, k) => {
      if (!changed.has(entry.data.id)) return;
      for (const id of [entries[k - 1]?.data.id, entries[k + 1]?.data.id, ...(stories.get(entry.data.id)?.members ?? [])]) if (id !== undefined) render.add(id);
    });
    for (const [id, others] of related) if (others.some((other) => changed.has(other.data.id))) render.add(id);
  }
  if (periods.size > 0) for (const [id, keys] of now.articles) if (periods.has(keys.period)) render.add(id);
  const names = changedNames(now.links, last.links);
  if (names.size > 0) {
    for (const { data } of entries) if (entityKinds.some((kind) => data.entities[kind].some((name) => names.get(kind)?.has(name)))) render.add(data.id);
  }
  return render;
}

/** The names whose link is not what it was (new, gone or moved), by kind; empty when none. */
function changedNames(now: ReadonlyMap<string, string>, last: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const add = (both: string): void => {
    const [kind = '', name = ''] = both.split('\u0000');
    const set = names.get(kind) ?? new Set<string>();
    names.set(kind, set.add(name));
  };
  for (const [name, href] of now) if (last.get(name) !== href) add(name);
  for (const name of last.keys()) if (!now.has(name)) add(name);
  return names;
}

/** An `ArticleDependencies` as JSON, and back: what a build keeps with its pages' record. */
export function dependenciesToJson({ articles, monthPageYears, links }: ArticleDependencies): string {
  return JSON.stringify({ monthPageYears, links: [...links], articles: [...articles].map(([id, k]) => [id, k.own, k.around, k.story, k.period]) });
}

/** `dependenciesToJson`'s text as dependencies, or undefined when it is not that (a record of another version). */
export function dependenciesFromJson(text: string): ArticleDependencies | undefined {
  let parsed: { monthPageYears?: unknown; links?: unknown; articles?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return undefined;
  }
  if (typeof parsed.monthPageYears !== 'string' || !Array.isArray(parsed.links) || !Array.isArray(parsed.articles)) return undefined;
  const articles = new Map<string, ArticleKeys>();
  for (const row of parsed.articles as [string, string | null, string, string, string | null][]) articles.set(row[0], { own: row[1], around: row[2], story: row[3], period: row[4] });
  return { monthPageYears: parsed.monthPageYears, links: new Map(parsed.links as [string, string][]), articles };
}
