import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file a page's address is written to: `/articles/x/` → `articles/x/index.html`. */
export function pageFile(dir: string, address: string): string {
  return join(dir, address, 'index.html');
}

/** Where an incremental build leaves its `CarryCount`, in its page record folder, for `npm run build` to report. */
export const carryCountFile = 'carried.json';

/** What an incremental build did: pages it rendered, and pages it kept from the last output. */
export interface CarryCount {
  readonly rendered: number;
  readonly kept: number;
}

/**
 * Complete an incremental build's output `dir`: every page of this build's record that Astro did
 * not render (its props did not change) is taken from the last output `from`, as a hard link
 * where the disk allows (the last output is replaced, never written into), else as a copy.
 * Returns the addresses of the pages it took.
 */
export function carryPages(dir: string, from: string, addresses: Iterable<string>): string[] {
  const kept: string[] = [];
  for (const address of addresses) {
    const target = pageFile(dir, address);
    if (existsSync(target)) continue;
    const source = pageFile(from, address);
    if (!existsSync(source)) throw new Error(`carry-pages: ${address} was not rendered, and the last build's ${source} is missing; run \`npm run build -- --full\`.`);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
    kept.push(address);
  }
  return kept;
}
