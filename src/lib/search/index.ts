export { buildSearchIndex, orderArticles, toSearchDocument, maxDocText, type SearchArticle, type SearchIndexFiles } from './build-index';
export { formatDate } from './format-date';
export * from './options';
export { prefixKey, suffixKey } from './shard-key';
export { ShardedSearch, queryTerms, rank, withinDistance, type LoadFile, type SearchFilters, type SearchHit } from './sharded-search';
export { snippetFor, type SnippetOptions, type SnippetPart } from './snippet';
export type * from './types';
