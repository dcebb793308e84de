import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { startCasusApi, type CasusApi } from './support/casus-api';

const API = join(__dirname, '../../apps/web/src/api');
const HEADER = "// Generated from the API's OpenAPI document by `npm run web:api`; test/e2e/web-client-types.e2e.spec.ts keeps it so.\n\n";

/**
 * The browser app's client is typed by casus-api.d.ts, and `npm run typecheck` checks the app against it: once the file
 * follows the document, an API change the app does not follow fails the type check. The document itself sits beside it
 * for what the types cannot say (lengths, required fields), which apps/web/src/forms/form-rules.unit.spec.ts compares
 * with the forms.
 */
describe('the web app client types', () => {
  let casus: CasusApi;
  let document: object;
  beforeAll(async () => {
    casus = await startCasusApi();
    document = (await casus.http().get('/api/docs-json')).body;
  });
  afterAll(() => casus.close());

  const follows = (file: string, generated: string) => {
    if (process.env.UPDATE_WEB_API === '1') writeFileSync(join(API, file), generated);
    const current = readFileSync(join(API, file), 'utf8');
    expect({ file, followsTheDocument: current === generated }).toEqual({ file, followsTheDocument: true });
  };

  it('are the OpenAPI document as the API serves it (npm run web:api writes them)', async () => {
    follows('casus-api.d.ts', HEADER + astToString(await openapiTS(document as never, { alphabetize: true })));
  });

  it('sit beside the document itself (npm run web:api writes it)', () => {
    follows('casus-api.json', JSON.stringify(document, null, 1) + '\n');
  });
});
