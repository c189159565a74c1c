import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keptPages, keptPagesFile, pageAddress, type KeptPages } from '../lib/build-run/kept-pages.ts';
import { pageRecordEnv, readPageRecord } from '../lib/build-run/page-record.ts';
import { sitemapFiles } from '../lib/build-run/sitemap-files.ts';
import { defaultSite } from '../lib/site/default-site.ts';
import { isMovedAddress } from '../lib/site/moved-pages.ts';

/** The address of every page in an output folder (`articles/x/index.html` → `/articles/x/`). */
export function pageAddresses(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((path) => pageAddress(path) ?? []);
}

/**
 * After the pages are rendered into `out` (`rendered`, their addresses): in an incremental build
 * (see `changedPages`), the unchanged pages are listed, to be kept in the last output (`npm run
 * build` moves the new files in); then the sitemap is written from every page of the output but
 * the moved ones (`isMovedAddress`), in an order of their addresses alone, so that both kinds of
 * build write the same sitemap. Said through `log`.
 */
export async function finishPageOutput(out: string, site: string, rendered: readonly string[], log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const record = env[pageRecordEnv.write];
  const from = env[pageRecordEnv.carryFrom];
  const kept = record && from ? keptPages(new Set(rendered), readPageRecord(record).keys()) : [];
  if (record && from) {
    const pages: KeptPages = { rendered: rendered.length, kept };
    writeFileSync(join(record, keptPagesFile), JSON.stringify(pages));
    log(`keeps ${kept.length} unchanged pages of the last build`);
  }
  const files = sitemapFiles(site, [...rendered, ...kept].filter((address) => !isMovedAddress(address)));
  for (const file of files) writeFileSync(join(out, file.name), file.xml);
  log(`wrote ${files.map((file) => file.name).join(', ')}`);
}

/** Astro's side of `finishPageOutput`: when its build is done, from the pages in its output. */
export function pageOutput(): AstroIntegration {
  let site = '';
  return {
    name: 'page-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? defaultSite;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await finishPageOutput(out, site, pageAddresses(out), (line) => logger.info(line));
      },
    },
  };
}
