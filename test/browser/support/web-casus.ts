import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { AppOptions } from '../../../apps/api/src/app.factory';
import { NOW, startCasusApi, type CasusApi } from '../../e2e/support/casus-api';
import type { Actor } from '../../e2e/support/people';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium-launch';
import { sessionScript } from './session-script';

const WEB_APP = join(__dirname, '../../../dist/web');

export type WebCasus = Readonly<{
  casus: CasusApi;
  /** http://127.0.0.1:<port>, the app and the API on one origin as `npm start` serves them. */
  origin: string;
  browser: Browser;
  /** A fresh browser context (its own storage) on a page of the app. */
  open(path: string, options?: { width?: number }): Promise<Page>;
  /** As `open`, with the person already signed in (their dev token in the tab's session), for tests about a later page. */
  openAs(actor: Actor, path: string, options?: { width?: number }): Promise<Page>;
  close(): Promise<void>;
}>;

/**
 * The real API on a fresh test database, serving the built app (jest's globalSetup builds dist/web), and Chromium.
 * `auth` and `connectTo` as main.ts gives them with OIDC set; default the development sign-in.
 */
export async function startWebCasus(options: { auth?: AppOptions['auth']; connectTo?: readonly string[] } = {}): Promise<WebCasus> {
  const casus = await startCasusApi({
    webApp: { dir: WEB_APP, connectTo: options.connectTo },
    ...(options.auth && { auth: options.auth }),
  });
  await casus.app.listen(0, '127.0.0.1');
  const origin = (await casus.app.getUrl()).replace('[::1]', '127.0.0.1');
  // Playwright gives every launch a fresh, empty profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const contexts: BrowserContext[] = [];
  const open = async (path: string, { width = 1280 } = {}, token?: string) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' });
    contexts.push(context);
    // The browser's day is the API's (the test clock): a form's "today" is then a day the API takes as today.
    await context.clock.setFixedTime(NOW);
    if (token) await context.addInitScript({ content: sessionScript(token) });
    const page = await context.newPage();
    await page.goto(origin + path);
    return page;
  };
  return {
    casus,
    origin,
    browser,
    open: (path, options) => open(path, options),
    openAs: async (actor, path, options) => open(path, options, await casus.tokenFor(actor)),
    close: async () => {
      for (const context of contexts) await context.close();
      await browser.close();
      await casus.close();
    },
  };
}
