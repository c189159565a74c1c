import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  checkContentSecurityPolicy,
  checkInlineScripts,
  checkLinks,
  configuredSite,
  validateHtml,
} from '../../scripts/verify-dist.ts';
import { projectRoot } from './support/temp-project.ts';
import { testDist, testSiteUrl } from './support/test-site.ts';

/** The two builds checked: the seeds' own `dist/` (from `npm run build`) and this run's test site. */
const builds = [
  {
    name: "the seeds' build in dist/",
    dist: (): string => {
      const dist = join(projectRoot, 'dist');
      if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}. Fix: run \`npm run build\` first (\`npm test\` does).`);
      return dist;
    },
    site: configuredSite,
  },
  { name: 'the test site', dist: testDist, site: async (): Promise<string> => testSiteUrl },
] as const;

for (const build of builds) {
  test.describe(build.name, () => {
    test('has no broken internal link or anchor', async () => {
      const report = checkLinks(build.dist(), await build.site());
      expect(report.problems).toEqual([]);
      expect(report.checked).toBeGreaterThan(0);
    });

    test('is valid HTML on every page', async () => {
      test.setTimeout(60_000);
      const report = await validateHtml(build.dist());
      expect(report.problems).toEqual([]);
      expect(report.files).toBeGreaterThan(0);
    });

    test('has no inline script or event-handler attribute on any page', () => {
      expect(checkInlineScripts(build.dist()).problems).toEqual([]);
    });

    test('declares on every page a Content-Security-Policy that allows no inline script and no other origin', () => {
      expect(checkContentSecurityPolicy(build.dist()).problems).toEqual([]);
    });
  });
}
