import type { Page } from 'playwright-core';

/** Tab onwards (never a click) until the focus is on the control `selector` finds; a page that traps the focus fails. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let press = 0; press < 60; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
