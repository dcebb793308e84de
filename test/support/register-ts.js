// Lets a child process run our TypeScript directly (crash tests kill real processes):
// `node -r ./test/support/register-ts.js some-file.ts`. Same swc settings as jest; Node itself
// loads the ESM-only packages in node_modules.
const Module = require('node:module');
const path = require('node:path');
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');
const swcOptions = require('./swc-options');

const root = path.resolve(__dirname, '../..');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveCasusAlias(request, ...rest) {
  const alias = /^@casus\/([\w-]+)$/.exec(request);
  return resolveFilename.call(this, alias ? path.join(root, 'libs', alias[1], 'src', 'index.ts') : request, ...rest);
};

addHook((code, filename) => transformSync(code, { ...swcOptions, filename }).code, { exts: ['.ts'], ignoreNodeModules: true });
