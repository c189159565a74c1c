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
 * The previous and next links of every article page, keyed by id: its neighbours in the home
 * page's order (`neighbours`), each with a label true of the pair (`stepLabel`).
 */
export function articleSteps(articles: readonly CatalogueArticle[]): Map<string, Steps> {
  const around = neighbours(articles);
  const result = new Map<string, Steps>();
  for (const article of articles) {
    const { previous = null, next = null } = around.get(article.id) ?? {};
    const step = (other: CatalogueArticle | null, direction: StepDirection): Step | null =>
      other === null ? null : { link: articleLink(other), label: stepLabel(article, other, direction) };
    result.set(article.id, { previous: step(previous, 'previous'), next: step(next, 'next') });
  }
  return result;
}
