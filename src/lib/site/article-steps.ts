import type { CatalogueArticle } from '../article/schema.ts';
import { neighbours } from './neighbours.ts';
import { stepLabel, type StepDirection } from './step-label.ts';
import { articleLink, type ArticleLink } from './summarize.ts';

/** One previous/next link of an article page: the article it leads to and the words over it. */
export interface Step {
  readonly link: ArticleLink;
  /** What the step is, in words ("Older", "Next by title"; see `stepLabel`). */
  readonly label: string;
}

/** An article page's two steps through the archive; null at either end. */
export interface Steps {
  readonly previous: Step | null;
  readonly next: Step | null;
}

/**
 * The previous and next links of an article page: its neighbours in the home page's order
 * (`neighbours`), each with a label true of the pair (`stepLabel`); none for an article not given.
 * Only the neighbours are kept; an article's steps are made when asked for, so an archive's pages
 * do not hold every link at once.
 */
export function articleSteps(articles: readonly CatalogueArticle[]): (article: CatalogueArticle) => Steps {
  const around = neighbours(articles);
  return (article) => {
    const { previous = null, next = null } = around.get(article.id) ?? {};
    const step = (other: CatalogueArticle | null, direction: StepDirection): Step | null =>
      other === null ? null : { link: articleLink(other), label: stepLabel(article, other, direction) };
    return { previous: step(previous, 'previous'), next: step(next, 'next') };
  };
}
