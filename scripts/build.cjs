// `npm run build`: dist/ from tsconfig.build.json (tsc, then tsc-alias for the @casus/* paths), and dist/web from Vite
// (the browser app, which the API serves at `/`). Each is stamped with a fingerprint of what its build reads.
// `--if-changed`, run before anything starts from dist/, skips a build while its stamp matches: hashing the sources
// takes milliseconds, tsc's incremental build seconds. Contents are hashed, not modification times, so an edit that
// keeps an old time (a copy, an extracted archive) is built too. `--only web` builds the browser app alone (the
// browser tests need no dist/ of the API). Plain JavaScript: it runs before anything is built.
'use strict';
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const CONFIG = 'tsconfig.build.json';
const PROJECT_FILE = /^(tsconfig.*|package|package-lock)\.json$/;
const WEB_CONFIG = 'apps/web/vite.config.mts';

/** The build's include folders: tests and READMEs in them are hashed too (more than tsc reads is safe, less is not). */
function tscFolders() {
  const { include } = JSON.parse(readFileSync(CONFIG, 'utf8'));
  const globbed = include.find((entry) => /[*?{[]/.test(entry));
  if (globbed) throw new Error(`scripts/build.cjs reads folders, not patterns, in ${CONFIG}'s include: ${globbed}`);
  return include;
}

const TARGETS = [
  {
    name: 'api',
    output: 'dist/',
    stamp: join('dist', '.build-fingerprint'),
    folders: tscFolders,
    build() {
      run(require.resolve('typescript/bin/tsc', { paths: [process.cwd()] }), '-p', CONFIG);
      run(require.resolve('tsc-alias/dist/bin/index.js', { paths: [process.cwd()] }), '-p', CONFIG);
    },
  },
  {
    name: 'web',
    output: 'dist/web/',
    // Outside dist/web, which Vite empties.
    stamp: join('dist', '.web-fingerprint'),
    // The app imports the shared wording from libs.
    folders: () => ['apps/web', 'libs'],
    build() {
      run(
        join(dirname(require.resolve('vite/package.json', { paths: [process.cwd()] })), 'bin/vite.js'),
        'build',
        '--config',
        WEB_CONFIG,
        '--logLevel',
        'warn',
      );
    },
  },
].filter((target) => target.name !== 'web' || existsSync(WEB_CONFIG));

/** Every file under the target's folders, plus the tsconfigs and package files. */
function fingerprint(target) {
  const files = target.folders().flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  const hash = createHash('sha256');
  for (const file of [...files, ...readdirSync('.').filter((name) => PROJECT_FILE.test(name))].sort()) {
    const content = readFileSync(file);
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex');
}

function run(script, ...args) {
  // Always the build people get: Vite follows a NODE_ENV it finds, and jest (whose globalSetup builds the web app for
  // the browser tests) sets it to `test`, which gave React's development build, a third larger and slower.
  const env = { ...process.env, NODE_ENV: 'production' };
  const { status } = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
for (const target of TARGETS.filter((t) => !only || t.name === only)) {
  const sources = fingerprint(target);
  if (process.argv.includes('--if-changed')) {
    if (existsSync(target.stamp) && readFileSync(target.stamp, 'utf8') === sources) continue;
    process.stderr.write(`building ${target.output}: the sources differ from the last build\n`);
  }
  // Removed first: a failed or interrupted build must not leave the old stamp beside new output.
  rmSync(target.stamp, { force: true });
  target.build();
  // The fingerprint read before the build: an edit made while it ran is built next time.
  writeFileSync(target.stamp, sources);
}
