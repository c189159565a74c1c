import { chromiumFlags } from './find-browser';

/** The four Lighthouse category scores of one page, 0–100. */
export interface LighthouseScores {
  readonly page: string;
  readonly url: string;
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  readonly seo: number | null;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse (mobile defaults, simulated throttling) on each page in Debian's Chromium,
 * started by chrome-launcher with the project's flags and `--headless=new`.
 */
export async function runLighthouse(chromePath: string, pages: readonly { readonly page: string; readonly url: string }[]): Promise<LighthouseScores[]> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath, chromeFlags: [...chromiumFlags, '--headless=new'], logLevel: 'silent' });
  const out: LighthouseScores[] = [];
  try {
    for (const { page, url } of pages) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const scores = result?.lhr.categories;
      const score = (id: (typeof categories)[number]): number | null => {
        const value = scores?.[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      out.push({
        page,
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      });
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
