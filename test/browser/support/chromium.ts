import { existsSync } from 'node:fs';

/** Debian's Chromium (package `chromium`); `.ci/run` installs it. No browser download: the network is closed. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless on a machine whose network refuses Chromium's own background connections, as root in CI:
 * without the networking flags it keeps trying to reach Google's hosts (ARCHITECTURE.md, known-good toolchain).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const present = existsSync(CHROMIUM);
if (!present && process.env.CI === 'true')
  throw new Error(`CI=true, and there is no Chromium at ${CHROMIUM}: the browser tests must run in CI (apt-get install chromium)`);

/** `describe` where Chromium is, and elsewhere a skip that says by name what was skipped and why. */
export const describeInBrowser = (name: string, suite: () => void): void =>
  present ? describe(name, suite) : describe.skip(`${name} (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium)`, suite);
