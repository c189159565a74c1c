import type { CollectionEntry } from 'astro:content';
import { collectionFileSize } from '../article/collection-file-size.ts';
import { blocksOf, sourceLinesOf } from '../article/collection-entry.ts';
import { readCollectionFile } from '../article/read-collection-file.ts';
import type { EntityLink } from '../entities/link-entities.ts';
import { articleNames, type NameGroup } from './article-names.ts';
import { articleParts, partBudgetBytes } from './article-parts.ts';
import { articleSteps, type Step } from './article-steps.ts';
import { recordsPages, readRouteNote, writeRouteNote } from '../build-run/page-record.ts';
import { articleDependencies, articlesToRender, dependenciesFromJson, dependenciesToJson } from './article-dependencies.ts';
import { entityLinks, nameLinker, type NameLinker } from './entity-links.ts';
import { hashedArticleProps } from './hashed-article-props.ts';
import { loadArchive, monthPageYearsOf, perArchive, type Archive } from './load-articles.ts';
import { moreFromMonth, type MoreFromMonth } from './more-from-month.ts';
import { storyRefs, type StoryRefs } from './story-versions.ts';
import { articleLink, type ArticleLink } from './summarize.ts';
import { offerWarmLink } from './warm-links.ts';

/** What an article's page needs of the rest of the archive, made as the page renders (`articlePagePropsOf`). */
export interface ArticlePageProps {
  readonly entry: CollectionEntry<'articles'>;
  readonly previous: Step | null;
  readonly next: Step | null;
  readonly story: StoryRefs;
  readonly related: readonly ArticleLink[];
  /** The names the body mentions that have pages, with their addresses (every spelling, for linking the body). */
  readonly links: readonly EntityLink[];
  /** The same names by kind, each page once, for the rail. */
  readonly names: readonly NameGroup[];
  /** A few other articles of its month, for the rail; null for an undated article. */
  readonly more: MoreFromMonth<ArticleLink> | null;
}

/**
 * What an article page's route gives Astro for each page: the article's id (and the part shown).
 * The page finds the rest with `articlePagePropsOf` as it renders: every page's props, held at
 * once by Astro through the build (about 1.5 kB an article), were marked by its garbage collector
 * again and again while the pages rendered.
 */
export interface ArticleRouteProps {
  /** The article's id (`data.id`, its seed's name; the page's address is its slug). */
  readonly id: string;
}

// The kept renderer makes the stored articles' links while it waits (`warmLink`).
offerWarmLink();

/** What makes an article page's props, and what its hash takes of them, made once per archive. */
const makerFor = perArchive(propsMaker);

/** An archive's makers of article page props (`propsMaker`). */
interface PropsMaker {
  readonly propsOf: (id: string) => ArticlePageProps;
  /** What the page's hash takes of its props (`hashedArticleProps`), without making the names' rail it leaves out. */
  readonly hashedOf: (id: string, part?: number) => object;
  /** Whether the article's pages are known to be the last build's without making their props (`articlesToRender`). */
  readonly unchanged: (id: string) => boolean;
}

/**
 * The makers of the archive the article routes were last listed from (`articlePageRoutes`): Astro
 * lists a route's pages before it renders them, and the pages read it rather than `loadArchive`,
 * which checks the collection entry by entry (at 30,000 pages, four times the rendering's time).
 */
let listedMaker: PropsMaker | undefined;

/** The props of the page of the article with this id (see `ArticleRouteProps`). */
export async function articlePagePropsOf(id: string): Promise<ArticlePageProps> {
  return (listedMaker ?? makerFor(await loadArchive())).propsOf(id);
}

/**
 * What the article routes list: every entry, newest first, and the function that gives what the
 * hash of an entry's page takes (`changedPages`), by its id and part, which a route's
 * `getStaticPaths` calls for each page.
 */
export async function articlePageRoutes(): Promise<{ readonly entries: readonly CollectionEntry<'articles'>[]; readonly hashedOf: PropsMaker['hashedOf']; readonly unchanged: PropsMaker['unchanged'] }> {
  const archive = await loadArchive();
  listedMaker = makerFor(archive);
  return { entries: archive.entries, hashedOf: listedMaker.hashedOf, unchanged: listedMaker.unchanged };
}

function propsMaker(archive: Archive): PropsMaker {
  const { entries, byId } = archive;
  const stepsOf = articleSteps(entries.map((entry) => entry.data));
  const monthPageYears = monthPageYearsOf(archive);
  const months = moreFromMonth(entries.map((entry) => entry.data), archive.stories, monthPageYears);
  const nameLinkOf = nameLinker(archive.nameKeys, archive.hasPage);
  const relatedOf = (id: string): ArticleLink[] => (archive.related.get(id) ?? []).map((other) => articleLink(other.data));
  // Every prop but the names' rail, which follows from the entity links (`hashedArticleProps`).
  const withoutRail = (id: string): Omit<ArticlePageProps, 'names'> => {
    const entry = byId.get(id);
    if (entry === undefined) throw new Error(`article-page-props: no article has the id "${id}"; expected one of the collection's ${entries.length} entries.`);
    const { previous, next } = stepsOf(entry.data);
    const month = months.get(id);
    return {
      entry,
      previous,
      next,
      story: storyRefs(entry, archive),
      related: relatedOf(id),
      links: entityLinks(entry.data.entities, nameLinkOf),
      more: month ? { ...month, articles: month.articles.map(articleLink) } : null,
    };
  };
  // Made with the props' makers, so that every build that records its pages keeps its dependencies for the next.
  const toRender = articlesChangedSince(archive, monthPageYears, nameLinkOf);
  return {
    unchanged: (id) => !toRender(id),
    propsOf: (id) => {
      const props = withoutRail(id);
      return { ...props, names: articleNames(props.entry.data.entities, nameLinkOf) };
    },
    hashedOf: (id, part) => hashedArticleProps(part === undefined ? withoutRail(id) : { ...withoutRail(id), part }),
  };
}

/**
 * How many pages an article takes (`articleParts`). A collection file within the budget holds no
 * more body than that, so only a longer file is read.
 */
export async function partCount(filePath: string | undefined): Promise<number> {
  if (filePath === undefined || collectionFileSize(filePath) <= partBudgetBytes) return 1;
  const data = await readCollectionFile(filePath);
  return articleParts(sourceLinesOf(data), blocksOf(data)).length;
}

/** The address of part `n` of an article: its page for the first, then `part/2/` and on. */
export function partHref(slug: string, n: number): string {
  return n <= 1 ? `/articles/${slug}/` : `/articles/${slug}/part/${n}/`;
}

/** The note under which a build keeps its article pages' dependencies (`articleDependencies`). */
const dependenciesNote = 'article-dependencies';

/**
 * Whether an article's pages may differ from the last build's (`articlesToRender`), from the
 * dependencies the last build kept; every article when it kept none. This build's are kept for
 * the next. Only where pages are recorded (`recordsPages`): elsewhere every page is rendered.
 */
function articlesChangedSince(archive: Archive, monthPageYears: ReadonlySet<string>, nameLinkOf: NameLinker): (id: string) => boolean {
  if (!recordsPages()) return () => true;
  const now = articleDependencies(archive, monthPageYears, nameLinkOf);
  writeRouteNote(dependenciesNote, () => dependenciesToJson(now));
  const text = readRouteNote(dependenciesNote);
  const last = text === undefined ? undefined : dependenciesFromJson(text);
  const render = last === undefined ? 'all' : articlesToRender(archive, now, last);
  return render === 'all' ? () => true : (id) => render.has(id);
}
