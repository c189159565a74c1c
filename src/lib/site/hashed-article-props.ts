import type { ArticlePageProps } from './article-page-props.ts';
import { linkStandIn, linksStandingIn } from './link-stand-in.ts';

/**
 * What an article page's hash takes of its props (`changedPages`): its own entry by the digest of
 * its collection file, from which the entry's data is parsed, with the fields the archive carries
 * into that data from other articles (a story's date, `carryStoryDate`), rather than the data
 * itself, a third of the props as JSON (the story signature, the lead, the key terms) hashed in
 * every build. An entry without a digest is hashed whole. Each link to another article (its
 * neighbours, related articles, story versions, its month's articles) is taken by a hash of the
 * link (`linkStandIn`): the links were most of what was hashed, each hashed on a dozen pages.
 * Its names' rail (`names`, `articleNames`) is left out: it is its `links` (`entityLinks`, made
 * from the same names, pages and addresses) grouped by kind, each address once, so the links stand
 * for both (a sixth of the hashed JSON; `article-names.test.ts` checks that it follows from them).
 */
export function hashedArticleProps<P extends Omit<ArticlePageProps, 'names'> & { readonly names?: unknown }>({ entry, previous, next, story, related, more, names: _names, ...rest }: P): object {
  const { date, dateSource } = entry.data;
  return {
    entry: entry.digest === undefined ? entry : { id: entry.id, filePath: entry.filePath, digest: entry.digest, date, dateSource },
    previous: previous && { ...previous, link: linkStandIn(previous.link) },
    next: next && { ...next, link: linkStandIn(next.link) },
    story: { ...story, versions: story.versions.map((version) => ({ ...version, link: linkStandIn(version.link) })), dateFrom: story.dateFrom && linkStandIn(story.dateFrom) },
    related: related.map(linkStandIn),
    more: more && linksStandingIn(more),
    ...rest,
  };
}
