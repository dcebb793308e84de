import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { startCasusApi, type CasusApi } from './support/casus-api';

const TYPES = join(__dirname, '../../apps/web/src/api/casus-api.d.ts');
const HEADER = "// Generated from the API's OpenAPI document by `npm run web:api`; test/e2e/web-client-types.e2e.spec.ts keeps it so.\n\n";

/**
 * The browser app's client is typed by this file, and `npm run typecheck` checks the app against it: once the file
 * follows the document, an API change the app does not follow fails the type check.
 */
describe('the web app client types', () => {
  let casus: CasusApi;
  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  it('are the OpenAPI document as the API serves it (npm run web:api writes them)', async () => {
    const document = (await casus.http().get('/api/docs-json')).body;
    const generated = HEADER + astToString(await openapiTS(document, { alphabetize: true }));
    if (process.env.UPDATE_WEB_API === '1') writeFileSync(TYPES, generated);
    const current = readFileSync(TYPES, 'utf8');
    expect({ file: 'apps/web/src/api/casus-api.d.ts', followsTheDocument: current === generated }).toEqual({
      file: 'apps/web/src/api/casus-api.d.ts',
      followsTheDocument: true,
    });
  });
});
