import { readdirSync } from 'node:fs';

/**
 * Why a build of `articles` articles must not replace the site in `out`, or undefined when it
 * may: zero articles (an empty or emptied seeds folder, or every seed invalid) would replace a
 * folder that holds a site with an empty archive. `allowEmpty` (`--allow-empty`) says that is
 * what is wanted. A missing or empty `out` is never refused: there is nothing to lose.
 */
export function refuseEmptySite(articles: number, out: string, allowEmpty: boolean): string | undefined {
  if (articles > 0 || allowEmpty) return undefined;
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch {
    return undefined;
  }
  if (entries.length === 0) return undefined;
  return (
    `no article to publish, and ${out} holds a site: building would replace it with an empty archive, so ${out} was left as it was. ` +
    'Add seeds to the seeds folder (or name the right one with --seeds DIR), or pass --allow-empty to publish an empty archive.'
  );
}
