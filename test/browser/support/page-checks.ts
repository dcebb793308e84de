import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = join(__dirname, '../../../docs/screenshots');

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/**
 * What axe-core finds against WCAG 2.1 A and AA (the Dutch public sector's standard) on the page as it is now,
 * each as `rule: help (where)`; an accessible page gives [].
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's content policy (no inline scripts) does not govern.
  await page.evaluate(AXE);
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  )) as Violation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How much wider than the window the page is: 0 when it reflows to the width (WCAG 1.4.10, a phone on a home visit). */
export async function overflowAt(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 800 });
  return ((await page.evaluate('document.documentElement.scrollWidth')) as number) - width;
}

/** docs/screenshots/<name>.png, written by the test that walked to the page, so the README's pictures never go stale. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
