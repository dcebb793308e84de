// The layers, checked in `npm test` before jest (test/layers proves each rule fires on a violation).
const { join } = require('node:path');

const FRAMEWORK = '(^|/)node_modules/(@nestjs/|typeorm/|pg/|class-validator/)';
const TESTS = ['\\.spec\\.ts$', '^libs/[^/]+/test/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'pure-libs-import-only-themselves',
      comment: 'The domain and the matching are pure: their own files, nothing else.',
      severity: 'error',
      from: { path: '^libs/(domain|matching)/src/', pathNot: TESTS },
      to: { pathNot: ['^libs/$1/'] },
    },
    {
      name: 'wording-reads-only-the-domain',
      comment: 'The words of a case are shared by the read models, the audit, the CLI and the app: they read the domain and nothing else.',
      severity: 'error',
      from: { path: '^libs/wording/src/', pathNot: TESTS },
      to: { pathNot: ['^libs/(wording|domain)/'] },
    },
    {
      name: 'decisions-free-of-framework',
      comment:
        'Decide and evolve, and the stream modules that carry them to the store, stay free of Nest, typeorm, pg and class-validator.',
      severity: 'error',
      from: {
        path: ['^libs/domain/src/', '^libs/streams/src/', '^libs/placement/src/option/[^/]+-decide\\.ts$', '^libs/placement/src/process/'],
        pathNot: TESTS,
      },
      to: { path: FRAMEWORK },
    },
    {
      name: 'libs-import-no-app',
      comment: 'Apps are built on the libs, never the other way round.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'cli-imports-no-api',
      comment: 'What the command line shares with the API lives in a lib (libs/runtime).',
      severity: 'error',
      from: { path: '^apps/cli/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'web-app-speaks-http',
      comment: 'The browser app reaches Casus through the typed client of the OpenAPI document; of the code it shares only the wording.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: ['^apps/(api|cli)/', '^libs/'], pathNot: '^libs/wording/' },
    },
    {
      name: 'nothing-imports-the-web-app',
      severity: 'error',
      from: { pathNot: '^apps/web/' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^test/layers/fixture/', '(^|/)dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
