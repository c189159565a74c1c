import type { CollectionEntry } from 'astro:content';
import { readCollectionFile } from '../article/read-collection-file.ts';
import { compareVersions, type Comparison } from '../stories/compare-versions.ts';
import { storyWords } from '../stories/story-signature.ts';
import type { Archive } from './load-articles.ts';
import { articleLink, type ArticleLink } from './summarize.ts';

/** Another version of an article's story, as its page lists it. */
export interface StoryVersion {
  readonly link: ArticleLink;
  /** Its length in words. */
  readonly words: number;
  /** How its paragraphs differ from the article's. */
  readonly comparison: Comparison;
}

/**
 * What an article page needs of its story, found once for every page: the other versions' links
 * and files, and the version its date came from. Each file comes with its content's digest: the
 * page reads the file, so its props must change when the file does (see `changedPages`).
 */
export interface StoryRefs {
  readonly versions: readonly { readonly link: ArticleLink; readonly filePath: string; readonly digest: string | number | undefined }[];
  readonly dateFrom: ArticleLink | null;
}

/** The other versions of an article's story (in the story's order) and, for a carried date, the version it came from. */
export function storyRefs(entry: CollectionEntry<'articles'>, archive: Archive): StoryRefs {
  const story = archive.stories.get(entry.data.id);
  if (!story) return { versions: [], dateFrom: null };
  const versions = story.members.flatMap((id) => {
    const other = archive.byId.get(id);
    return id === entry.data.id || other?.filePath === undefined ? [] : [{ link: articleLink(other.data), filePath: other.filePath, digest: other.digest }];
  });
  const from = entry.data.dateSource === 'story' && story.stated ? archive.byId.get(story.stated.id) : undefined;
  return { versions, dateFrom: from ? articleLink(from.data) : null };
}

/** The id of the element holding the comparison with another version (by its slug), for the rail's links to it. */
export function comparisonId(slug: string): string {
  return `compare-${slug}`;
}

/** Each other version compared with the article's own paragraphs, read from its collection file. */
export async function compareStoryVersions(refs: StoryRefs, body: readonly string[]): Promise<StoryVersion[]> {
  const versions: StoryVersion[] = [];
  for (const { link, filePath } of refs.versions) {
    const file = await readCollectionFile(filePath);
    versions.push({ link, words: storyWords(file.body).length, comparison: compareVersions(body, file.body) });
  }
  return versions;
}
