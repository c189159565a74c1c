import { normalize } from '../normalize/normalize.ts';
import type { RoleModel } from '../normalize/role-model.ts';
import type { CorpusPage } from './read-corpus.ts';

/** What the corpus's score.py reads for one page. */
export interface Prediction {
  readonly title: string;
  readonly date: string;
  readonly byline: string;
  readonly body: string;
  readonly source: string;
}

/** The normalizer's record of a corpus page under a model, as score.py reads it; empty fields when it is refused. */
export function predict(page: CorpusPage, model: RoleModel): Prediction {
  const result = normalize({ file: page.file, bytes: page.bytes }, { model });
  if (!result.ok) return { title: '', date: '', byline: '', body: '', source: '' };
  const a = result.article;
  return { title: a.title, date: a.date ?? '', byline: a.byline ?? '', body: a.body.join('\n\n'), source: a.source ?? '' };
}
