export { compareNewestFirst, compareOldestFirst, type Datable } from './compare-articles';
export { defaultExcerptLength, excerpt } from './excerpt';
export { authorsOf, newsArticleJsonLd, serializeJsonLd, type NewsArticleJsonLd } from './json-ld';
export { neighbours, type Neighbours } from './neighbours';
export { defaultPagination, pageCount, pageHref, pageItems, pageLinks, type PageLink, type PaginationOptions } from './paginate';
export { articleHref, articleLink, summarize, type ArticleLink, type ArticleSummary } from './summarize';
export { navCurrent } from './nav-current';
export { lineLabel } from './line-label';
export { defaultFeedLength, rssItems, startOf, type FeedItem } from './rss-items';
