/** Run axe-core on a page and describe its violations so a failure says what to fix and where. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** One line per violation: rule, impact, what it means, and the first few elements it hit. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join('; ');
    return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.length} element(s): ${targets}`;
  });
}
