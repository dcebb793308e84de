const project = require('./test/support/jest-project');

// Every spec once: the pure ones in their own project, the rest against the embedded PostgreSQL that
// globalSetup starts (jest starts a project's globalSetup only when one of its tests is selected).
module.exports = {
  maxWorkers: 2,
  // jest reads the test timeout of the run, not of a project.
  testTimeout: 60_000,
  projects: [
    require('./jest.unit.config'),
    project('database', {
      testMatch: ['**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.unit\\.spec\\.ts$'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    }),
  ],
};
