import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { differences, type OpenApiDocument } from '../../forms/form-rules';
import { REQUESTS, requestOfSlug, type Request } from './request-forms';

// The document as the API serves it (npm run web:api writes it; test/e2e/web-client-types.e2e.spec.ts keeps it so).
const DOCUMENT = JSON.parse(readFileSync(join(__dirname, '../../api/casus-api.json'), 'utf8')) as OpenApiDocument;

describe("the family's request forms validate as the API does", () => {
  it.each(Object.keys(REQUESTS) as Request[])('%s: every field the API requires, its lengths and optionality', (request) => {
    expect(differences(REQUESTS[request].form, DOCUMENT)).toEqual([]);
  });

  it('is found by its Dutch name in the address, and only by it', () => {
    expect(['verklaring', 'correctie', 'vernietiging', 'klacht', 'kopie'].map(requestOfSlug)).toEqual([
      'statement',
      'correction',
      'destruction',
      'complaint',
      undefined,
    ]);
  });
});
