// `npm run build`: dist/ from tsconfig.build.json (tsc, then tsc-alias for the @casus/* paths), stamped with a
// fingerprint of what the build reads. `--if-changed`, run before anything starts from dist/, skips the build while
// the stamp matches: hashing the sources takes milliseconds, tsc's incremental build seconds. Contents are hashed,
// not modification times, so an edit that keeps an old time (a copy, an extracted archive) is built too.
// Plain JavaScript: it runs before anything is built.
'use strict';
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const CONFIG = 'tsconfig.build.json';
const STAMP = join('dist', '.build-fingerprint');
const PROJECT_FILE = /^(tsconfig.*|package|package-lock)\.json$/;

/** Every file under the build's include folders (tests and READMEs too: more than tsc reads is safe, less is not), plus the tsconfigs and package files. */
function inputs() {
  const { include } = JSON.parse(readFileSync(CONFIG, 'utf8'));
  const globbed = include.find((entry) => /[*?{[]/.test(entry));
  if (globbed) throw new Error(`scripts/build.cjs reads folders, not patterns, in ${CONFIG}'s include: ${globbed}`);
  const files = include.flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  return [...files, ...readdirSync('.').filter((name) => PROJECT_FILE.test(name))].sort();
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of inputs()) {
    const content = readFileSync(file);
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex');
}

function run(script, ...args) {
  const { status } = spawnSync(process.execPath, [require.resolve(script, { paths: [process.cwd()] }), ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

const sources = fingerprint();
if (process.argv.includes('--if-changed')) {
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sources) process.exit(0);
  process.stderr.write('building dist/: the sources differ from the last build\n');
}
// Removed first: a failed or interrupted build must not leave the old stamp beside new output.
rmSync(STAMP, { force: true });
run('typescript/bin/tsc', '-p', CONFIG);
run('tsc-alias/dist/bin/index.js', '-p', CONFIG);
// The fingerprint read before the build: an edit made while tsc ran is built next time.
writeFileSync(STAMP, sources);
