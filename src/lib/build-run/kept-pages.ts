import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The file a page's address is written to: `/articles/x/` → `articles/x/index.html`. */
export function pageFile(dir: string, address: string): string {
  return join(dir, address, 'index.html');
}

/**
 * Where an incremental build leaves its `KeptPages`, in its page record folder, for `npm run build`
 * to report and to update the last output with.
 */
export const keptPagesFile = 'kept.json';

/** What an incremental build did: pages it rendered, and the addresses of the pages it keeps from the last output. */
export interface KeptPages {
  readonly rendered: number;
  readonly kept: readonly string[];
}

/**
 * The pages of this build's record (`addresses`) that Astro did not render (not among `rendered`,
 * the addresses of the pages in its output: their props did not change): they stay as they are in
 * the last output `from`, which must have them. Returns their addresses; throws, naming the page
 * and the fix, when the last output lacks one.
 */
export function keptPages(rendered: ReadonlySet<string>, from: string, addresses: Iterable<string>): string[] {
  const kept: string[] = [];
  for (const address of addresses) {
    if (rendered.has(address)) continue;
    const source = pageFile(from, address);
    if (!existsSync(source)) throw new Error(`kept-pages: ${address} was not rendered, and the last build's ${source} is missing; run \`npm run build -- --full\`.`);
    kept.push(address);
  }
  return kept;
}
