import type { CollectionEntry } from 'astro:content';
import { readCollectionFile } from '../article/read-collection-file';
import { compareVersions, type Comparison } from '../stories/compare-versions';
import { storyWords } from '../stories/story-signature';
import type { Archive } from './load-articles';
import { articleLink, type ArticleLink } from './summarize';

/** Another version of an article's story, as its page lists it. */
export interface StoryVersion {
  readonly link: ArticleLink;
  /** Its length in words. */
  readonly words: number;
  /** How its paragraphs differ from the article's. */
  readonly comparison: Comparison;
}

/** What an article page shows of its story: the other versions, and where its date came from when it states none. */
export interface StoryContext {
  readonly versions: readonly StoryVersion[];
  readonly dateFrom: ArticleLink | null;
}

/**
 * The other versions of an article's story, in the story's order, each compared with the article's
 * own paragraphs (read from each version's collection file), and the version its date was carried from.
 */
export async function storyContext(entry: CollectionEntry<'articles'>, body: readonly string[], archive: Archive): Promise<StoryContext> {
  const story = archive.stories.get(entry.data.id);
  if (!story) return { versions: [], dateFrom: null };
  const { byId } = archive;
  const versions: StoryVersion[] = [];
  for (const id of story.members) {
    const other = byId.get(id);
    if (id === entry.data.id || other?.filePath === undefined) continue;
    const file = await readCollectionFile(other.filePath);
    versions.push({ link: articleLink(other.data), words: storyWords(file.body).length, comparison: compareVersions(body, file.body) });
  }
  const from = entry.data.dateSource === 'story' && story.stated ? byId.get(story.stated.id) : undefined;
  return { versions, dateFrom: from ? articleLink(from.data) : null };
}
