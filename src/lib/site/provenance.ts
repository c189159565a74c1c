import type { CollectionArticle } from '../article/schema.ts';

/** One line of "where this came from": a field and, in words, how the record got it. */
export interface ProvenanceItem {
  readonly field: string;
  readonly origin: string;
}

const titleOrigins: Readonly<Record<CollectionArticle['titleSource'], string>> = Object.freeze({
  'front-matter': 'given in the file’s front matter',
  headline: 'the headline in the text',
  derived: 'derived from the opening text (no headline was found)',
});

const dateOrigins: Readonly<Record<NonNullable<CollectionArticle['dateSource']>, string>> = Object.freeze({
  'front-matter': 'given in the file’s front matter',
  explicit: 'stated in the text',
  estimated: 'not stated in the text; estimated from the dates it mentions',
  story: 'not stated in the text; carried from another version of this story',
});

/** How the record's title, date, byline and source were found, for the "Original text" section. */
export function provenanceOf(
  article: Pick<CollectionArticle, 'titleSource' | 'date' | 'dateSource' | 'byline' | 'source'>,
): ProvenanceItem[] {
  return [
    { field: 'Title', origin: titleOrigins[article.titleSource] },
    {
      field: 'Date',
      origin: article.date === null || article.dateSource === null ? 'not stated in the text' : dateOrigins[article.dateSource],
    },
    { field: 'Byline', origin: article.byline === null ? 'not stated in the text' : 'stated in the text' },
    { field: 'Source', origin: article.source === null ? 'not stated in the text' : 'stated in the text' },
  ];
}
