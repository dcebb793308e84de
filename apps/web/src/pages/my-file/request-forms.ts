import type { StepForm } from '../../forms/field-spec';

/** What a family member may ask of the file, each a form of its own (request-forms.unit.spec.ts holds them to the API). */
export const REQUESTS = {
  statement: {
    slug: 'verklaring',
    form: {
      path: '/my-file/{caseId}/statements',
      fields: [
        { kind: 'given', name: 'statementId', value: 'newId' },
        { kind: 'event', name: 'aboutEventNumber', label: 'statementAbout', optional: true },
        { kind: 'text', name: 'text', label: 'statementText', max: 10_000, lines: 8 },
      ],
    },
  },
  correction: {
    slug: 'correctie',
    form: {
      path: '/my-file/{caseId}/correction-requests',
      fields: [
        { kind: 'given', name: 'requestId', value: 'newId' },
        { kind: 'event', name: 'aboutEventNumber', label: 'correctionAbout' },
        { kind: 'text', name: 'what', label: 'correctionWhat', max: 2_000, lines: 4 },
        { kind: 'text', name: 'proposed', label: 'correctionProposed', max: 2_000, lines: 4 },
      ],
    },
  },
  destruction: {
    slug: 'vernietiging',
    form: {
      path: '/my-file/{caseId}/destruction-requests',
      fields: [
        { kind: 'given', name: 'requestId', value: 'newId' },
        { kind: 'text', name: 'reason', label: 'destructionReason', max: 2_000, lines: 4, optional: true },
      ],
    },
  },
  complaint: {
    slug: 'klacht',
    form: {
      path: '/my-file/{caseId}/complaints',
      fields: [
        { kind: 'given', name: 'complaintId', value: 'newId' },
        { kind: 'text', name: 'about', label: 'complaintAbout', max: 200 },
        { kind: 'text', name: 'text', label: 'complaintText', max: 10_000, lines: 8 },
      ],
    },
  },
} as const satisfies Record<string, { slug: string; form: StepForm }>;

export type Request = keyof typeof REQUESTS;

export const requestPath = (caseId: string, request: Request): string => `/mijn-dossier/${caseId}/${REQUESTS[request].slug}`;

export const requestOfSlug = (slug: string): Request | undefined =>
  (Object.keys(REQUESTS) as Request[]).find((request) => REQUESTS[request].slug === slug);
