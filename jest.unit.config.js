const project = require('./test/support/jest-project');

// The pure tests: no PostgreSQL, no Nest application, seconds to run (`npm run test:unit`).
module.exports = project('unit', {
  testMatch: ['**/*.unit.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/every-test-asserts.ts'],
  testTimeout: 10_000,
  globalSetup: '<rootDir>/test/setup/scratch-setup.ts',
  globalTeardown: '<rootDir>/test/setup/scratch-teardown.ts',
});
