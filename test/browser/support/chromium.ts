import { existsSync } from 'node:fs';
import { CHROMIUM } from './chromium-launch';

const present = existsSync(CHROMIUM);
if (!present && process.env.CI === 'true')
  throw new Error(`CI=true, and there is no Chromium at ${CHROMIUM}: the browser tests must run in CI (apt-get install chromium)`);

/** `describe` where Chromium is, and elsewhere a skip that says by name what was skipped and why. */
export const describeInBrowser = (name: string, suite: () => void): void =>
  present ? describe(name, suite) : describe.skip(`${name} (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium)`, suite);
