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
