import type { ArticlePageProps } from './article-page-props.ts';

/**
 * What an article page's hash takes of its props (`changedPages`): its own entry by the digest of
 * its collection file, from which the entry's data is parsed, with the fields the archive carries
 * into that data from other articles (a story's date, `carryStoryDate`), rather than the data
 * itself, a third of the props as JSON (the story signature, the lead, the key terms) hashed in
 * every build. An entry without a digest is hashed whole.
 */
export function hashedArticleProps<P extends ArticlePageProps>({ entry, ...rest }: P): object {
  if (entry.digest === undefined) return { entry, ...rest };
  const { date, dateSource } = entry.data;
  return { entry: { id: entry.id, filePath: entry.filePath, digest: entry.digest, date, dateSource }, ...rest };
}
