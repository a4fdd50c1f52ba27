import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0/2.1 A and AA, plus WCAG 2.2 AA rules. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the current state of `page` and fails if any violation is found,
 * listing each violation's id, impact, help text and the selectors of the offending nodes.
 * `context` names what is checked (a page path, a questionnaire state…) in the failure message.
 */
export async function expectNoA11yViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const report = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `    - ${n.target.map(String).join(' ')}`).join('\n');
    return `  • ${v.id} [${v.impact ?? 'unknown'}] ${v.help}\n    ${v.helpUrl}\n${targets}`;
  });
  // The message carries the readable report; the raw results would bury it.
  expect(report.length, `axe: ${report.length} violation(s) on ${context}\n${report.join('\n')}`).toBe(0);
}
