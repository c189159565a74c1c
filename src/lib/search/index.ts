export { buildSearchIndex, defaultBuildOptions, orderArticles, toSearchDocument, type BuildOptions, type SearchArticle, type SearchIndexFiles } from './build-index';
export { searchFacets } from './facets';
export * from './options';
export { prefixKey, suffixKey } from './shard-key';
export { ShardedSearch, queryTerms, rank, withinDistance, type LoadFile, type SearchFilters, type SearchHit } from './sharded-search';
export { statusText } from './status-text';
export { readSearchState, writeSearchState, type SearchState } from './url-state';
export { snippetFor, type SnippetOptions, type SnippetPart } from './snippet';
export type * from './types';
