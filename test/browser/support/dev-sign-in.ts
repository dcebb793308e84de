import type { Page } from 'playwright-core';

/** Signs in on the development sign-in page by the person's own button, as a new user of the demo region does. */
export async function signInByName(page: Page, name: string): Promise<void> {
  await page
    .getByRole('button', { name: `Aanmelden als ${name}` })
    .first()
    .click();
}
