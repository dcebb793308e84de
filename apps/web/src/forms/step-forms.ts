import type { Field, StepForm } from './field-spec';

// The API's enum values; form-rules.unit.spec.ts fails when one of them is no longer the document's.
const SOURCES = ['veilig-thuis', 'police', 'school', 'health-care', 'family', 'wijkteam', 'other'] as const;
const URGENCIES = ['regular', 'acute'] as const;

const newId = (name: string): Field => ({ kind: 'given', name, value: 'newId' });
const today = (name: string): Field => ({ kind: 'date', name, prefill: 'today' });

/** Register a signal (melding): opens a case, at an id the form chooses so that sending it again is safe. */
export const SIGNAL_FORM: StepForm = {
  path: '/cases',
  fields: [
    newId('caseId'),
    { kind: 'repeat', name: 'children', fields: [newId('childId'), { kind: 'date', name: 'birthDate' }] },
    { kind: 'list', name: 'concerns', max: 2_000 },
    { kind: 'text', name: 'description', max: 10_000, lines: 5 },
    { kind: 'choice', name: 'urgency', values: URGENCIES },
    { kind: 'choice', name: 'source', values: SOURCES },
    { kind: 'moment', name: 'receivedAt', optional: true },
    { kind: 'text', name: 'municipality', max: 200 },
  ],
};

/**
 * The form of each step, by the command's type as GET /cases/:caseId/steps names it. A new step is one entry here,
 * its words in i18n (the step's name in caseTerms.step, any new forms.fields), and form-rules.unit.spec.ts holds it to the API.
 */
export const STEP_FORMS = {
  AssignCaseLead: {
    path: '/cases/{caseId}/assign-case-lead',
    fields: [
      { kind: 'given', name: 'leadId', value: 'myId' },
      { kind: 'text', name: 'name', label: 'leadName', max: 200, prefill: 'myName' },
    ],
  },
  RecordCaseNote: {
    path: '/cases/{caseId}/record-case-note',
    fields: [
      newId('noteId'),
      {
        kind: 'choice',
        name: 'kind',
        label: 'noteKind',
        values: ['home-visit', 'phone-call', 'meeting', 'conversation-with-child', 'consultation', 'other'],
      },
      today('on'),
      { kind: 'text', name: 'text', label: 'noteText', max: 20_000, lines: 6 },
      {
        kind: 'group',
        name: 'present',
        fields: [
          { kind: 'pick', name: 'childIds', from: 'children', many: true },
          { kind: 'pick', name: 'familyMemberIds', from: 'familyMembers', many: true },
          {
            kind: 'repeat',
            name: 'professionals',
            startEmpty: true,
            fields: [
              { kind: 'text', name: 'name', label: 'professionalName', max: 200 },
              { kind: 'text', name: 'organisation', max: 200 },
            ],
          },
        ],
      },
      { kind: 'list', name: 'agreed', max: 2_000 },
    ],
  },
  GiveTask: {
    path: '/cases/{caseId}/give-task',
    fields: [
      newId('taskId'),
      { kind: 'choice', name: 'kind', label: 'taskKind', values: ['task', 'appointment'] },
      { kind: 'text', name: 'description', label: 'taskDescription', max: 4_000, lines: 3 },
      {
        kind: 'group',
        name: 'assignee',
        fields: [
          { kind: 'choice', name: 'kind', label: 'assigneeKind', values: ['team', 'gi'] },
          { kind: 'text', name: 'name', label: 'assigneeName', max: 200, prefill: 'myTeam' },
        ],
      },
      { kind: 'date', name: 'dueOn' },
      { kind: 'moment', name: 'at', optional: true },
    ],
  },
  CompleteTask: {
    path: '/cases/{caseId}/complete-task',
    fields: [{ kind: 'pick', name: 'taskId', from: 'openTasks', many: false }, today('doneOn')],
  },
  RecordSafetyAssessment: {
    path: '/cases/{caseId}/record-safety-assessment',
    fields: [
      newId('assessmentId'),
      { kind: 'choice', name: 'outcome', values: ['safe', 'unsafe', 'acute-unsafe'] },
      { kind: 'text', name: 'findings', max: 10_000, lines: 5 },
      today('assessedOn'),
    ],
  },
  AgreeSafetyPlan: {
    path: '/cases/{caseId}/agree-safety-plan',
    fields: [
      newId('safetyPlanId'),
      { kind: 'list', name: 'conditions', max: 2_000 },
      { kind: 'date', name: 'reviewOn' },
      { kind: 'pick', name: 'agreedBy', from: 'familyMembers', many: true },
    ],
  },
  RequestJeugdlink: {
    path: '/cases/{caseId}/request-jeugdlink',
    fields: [
      { kind: 'text', name: 'reason', label: 'jeugdlinkReason', max: 2_000, lines: 3 },
      { kind: 'text', name: 'team', label: 'jeugdlinkTeam', max: 200, optional: true },
    ],
  },
  RecordFamilyMember: {
    path: '/cases/{caseId}/record-family-member',
    fields: [
      newId('familyMemberId'),
      { kind: 'text', name: 'name', label: 'memberName', max: 200 },
      { kind: 'choice', name: 'relation', values: ['parent', 'step-parent', 'caregiver', 'sibling', 'grandparent', 'other'] },
      { kind: 'pick', name: 'parentalAuthorityOver', from: 'children', many: true },
      {
        kind: 'group',
        name: 'contact',
        fields: [
          { kind: 'text', name: 'phone', max: 50, optional: true },
          { kind: 'text', name: 'email', max: 200, optional: true },
          { kind: 'text', name: 'address', max: 500, optional: true },
        ],
      },
    ],
  },
  RecordConsent: {
    path: '/cases/{caseId}/record-consent',
    fields: [
      newId('consentId'),
      { kind: 'choice', name: 'purpose', values: ['voluntary-placement', 'share-with-jeugdlink', 'share-information'] },
      {
        kind: 'group',
        name: 'givenBy',
        fields: [
          { kind: 'choice', name: 'giver', values: ['family-member', 'child', 'guardian'] },
          { kind: 'pick', name: 'familyMemberId', from: 'familyMembers', many: false, optional: true },
          { kind: 'pick', name: 'childId', label: 'consentingChild', from: 'children', many: false, optional: true },
        ],
      },
      { kind: 'pick', name: 'childIds', label: 'consentChildren', from: 'children', many: true },
      today('givenOn'),
    ],
  },
  AgreeHelpPlan: {
    path: '/cases/{caseId}/agree-help-plan',
    fields: [
      newId('helpPlanId'),
      { kind: 'pick', name: 'agreedWith', from: 'familyMembers', many: true },
      {
        kind: 'repeat',
        name: 'goals',
        fields: [
          newId('goalId'),
          { kind: 'text', name: 'description', label: 'goalDescription', max: 2_000, lines: 2 },
          { kind: 'pick', name: 'childIds', label: 'goalChildren', from: 'children', many: true },
        ],
      },
      {
        kind: 'repeat',
        name: 'services',
        fields: [
          newId('serviceId'),
          {
            kind: 'choice',
            name: 'kind',
            label: 'serviceKind',
            values: [
              'parenting-support',
              'wijkteam-support',
              'school-social-work',
              'ambulatory-youth-care',
              'youth-mental-health',
              'day-treatment',
              'respite-care',
              'other',
            ],
          },
          { kind: 'text', name: 'provider', max: 200 },
          { kind: 'text', name: 'description', label: 'serviceDescription', max: 4_000, lines: 2 },
          { kind: 'choice', name: 'referredBy', values: ['huisarts', 'medisch-specialist', 'jeugdarts'], optional: true },
        ],
      },
      today('agreedOn'),
      { kind: 'date', name: 'evaluateOn' },
    ],
  },
  CloseCase: {
    path: '/cases/{caseId}/close',
    fields: [{ kind: 'text', name: 'reason', label: 'closeReason', max: 2_000, lines: 3 }],
  },
  RecordNewSignal: {
    path: '/cases/{caseId}/record-new-signal',
    fields: [
      newId('signalId'),
      { kind: 'pick', name: 'childIds', label: 'signalChildren', from: 'children', many: true },
      { kind: 'list', name: 'concerns', max: 2_000 },
      { kind: 'text', name: 'description', max: 10_000, lines: 5 },
      { kind: 'choice', name: 'urgency', values: URGENCIES },
      { kind: 'choice', name: 'source', values: SOURCES },
      { kind: 'moment', name: 'receivedAt', optional: true },
    ],
  },
  TransferCase: {
    path: '/cases/{caseId}/transfer',
    fields: [
      { kind: 'text', name: 'toTeam', max: 200 },
      { kind: 'text', name: 'toOrganisation', max: 200 },
      { kind: 'choice', name: 'reason', label: 'transferReason', values: ['move', 'capacity', 'expertise', 'other'] },
      { kind: 'text', name: 'municipality', label: 'newMunicipality', max: 200, optional: true },
      { kind: 'text', name: 'explanation', max: 2_000, lines: 3 },
      {
        kind: 'group',
        name: 'handover',
        fields: [
          { kind: 'date', name: 'heldOn' },
          { kind: 'text', name: 'receivedBy', max: 200 },
          { kind: 'text', name: 'note', label: 'handoverNote', max: 10_000, lines: 4 },
        ],
      },
    ],
  },
  JoinJeugdlink: {
    path: '/cases/{caseId}/join-jeugdlink',
    fields: [
      {
        kind: 'repeat',
        name: 'members',
        label: 'jeugdlinkMembers',
        fields: [
          newId('memberId'),
          { kind: 'text', name: 'name', label: 'jeugdlinkMemberName', max: 200 },
          { kind: 'text', name: 'organisation', max: 200 },
        ],
      },
      { kind: 'text', name: 'purpose', label: 'jeugdlinkPurpose', max: 2_000, lines: 3 },
    ],
  },
  EndJeugdlinkInvolvement: {
    path: '/cases/{caseId}/end-jeugdlink-involvement',
    fields: [{ kind: 'text', name: 'reason', label: 'endJeugdlinkReason', max: 2_000, lines: 3 }],
  },
  RequestPlacement: {
    path: '/cases/{caseId}/request-placement',
    fields: [
      newId('placementId'),
      { kind: 'pick', name: 'childIds', label: 'placementChildren', from: 'children', many: true },
      { kind: 'choice', name: 'legalBasis', values: ['voluntary', 'court-order'] },
      {
        kind: 'group',
        name: 'needs',
        fields: [
          { kind: 'choice', name: 'careIntensity', values: ['light', 'medium', 'intensive'] },
          { kind: 'list', name: 'specialisations', max: 2_000 },
          { kind: 'text', name: 'description', label: 'needsDescription', max: 10_000, lines: 3 },
        ],
      },
      { kind: 'choice', name: 'urgency', values: URGENCIES },
      { kind: 'date', name: 'intendedStartOn' },
      { kind: 'text', name: 'siblingSeparationReason', max: 2_000, lines: 2, optional: true },
    ],
  },
  DecidePlacement: {
    path: '/cases/{caseId}/decide-placement',
    fields: [
      { kind: 'pick', name: 'placementId', label: 'decidedPlacement', from: 'requestedPlacements', many: false },
      { kind: 'text', name: 'reasons', label: 'placementReasons', max: 10_000, lines: 4 },
      {
        kind: 'repeat',
        name: 'viewsHeard',
        optional: true,
        fields: [
          { kind: 'text', name: 'participant', max: 200 },
          { kind: 'text', name: 'view', max: 10_000, lines: 2 },
        ],
      },
      // The API leaves it out of the body's shape; the domain asks it of every decision (DOMAIN.md step 5).
      {
        kind: 'group',
        name: 'behaviouralScientistConsent',
        optional: true,
        fields: [{ kind: 'text', name: 'name', label: 'behaviouralScientist', max: 200 }, today('consentedOn')],
      },
      { kind: 'date', name: 'moveInOn', optional: true },
    ],
  },
  LinkFamilyAccount: {
    path: '/cases/{caseId}/link-family-account',
    fields: [
      { kind: 'pick', name: 'personId', label: 'linkedPerson', from: 'familyPeople', many: false },
      { kind: 'id', name: 'accountId' },
    ],
  },
  EndFamilyAccountLink: {
    path: '/cases/{caseId}/end-family-account-link',
    fields: [
      { kind: 'pick', name: 'personId', label: 'linkedAccount', from: 'familyAccounts', many: false },
      { kind: 'text', name: 'reason', label: 'endLinkReason', max: 2_000, lines: 3 },
    ],
  },
  // The API also takes the persons named; the form offers the two groups, which is what a case team chooses.
  WithholdFromFamily: {
    path: '/cases/{caseId}/withhold-from-family',
    fields: [
      newId('withholdingId'),
      { kind: 'event', name: 'eventNumber', label: 'withheldPart' },
      { kind: 'choice', name: 'from', label: 'withheldFrom', values: ['parents', 'everyone'] },
      { kind: 'choice', name: 'ground', label: 'withholdingGround', values: ['privacy-of-another', 'interest-of-child'] },
      { kind: 'text', name: 'reason', label: 'withholdingReason', max: 2_000, lines: 3 },
    ],
  },
  EndWithholding: {
    path: '/cases/{caseId}/end-withholding',
    fields: [
      { kind: 'pick', name: 'withholdingId', label: 'withholding', from: 'withholdings', many: false },
      { kind: 'text', name: 'reason', label: 'endWithholdingReason', max: 2_000, lines: 3 },
    ],
  },
  MarkNotForParents: {
    path: '/cases/{caseId}/mark-not-for-parents',
    fields: [
      newId('markId'),
      { kind: 'event', name: 'eventNumber', label: 'markedPart' },
      { kind: 'text', name: 'reason', label: 'markReason', max: 2_000, lines: 3 },
    ],
  },
  DecideCorrection: {
    path: '/cases/{caseId}/decide-correction',
    fields: [
      { kind: 'pick', name: 'requestId', label: 'correctionRequest', from: 'undecidedCorrections', many: false },
      { kind: 'choice', name: 'decision', label: 'correctionDecision', values: ['corrected', 'refused'] },
      { kind: 'text', name: 'reason', label: 'decisionReason', max: 2_000, lines: 3 },
      { kind: 'text', name: 'correction', max: 2_000, lines: 3, optional: true },
    ],
  },
  DecideDestruction: {
    path: '/cases/{caseId}/decide-destruction',
    fields: [
      { kind: 'pick', name: 'requestId', label: 'destructionRequest', from: 'undecidedDestructionRequests', many: false },
      { kind: 'choice', name: 'decision', label: 'destructionDecision', values: ['destroy', 'refuse'] },
      { kind: 'choice', name: 'exception', values: ['considerable-interest-of-another', 'legal-duty'], optional: true },
      { kind: 'text', name: 'reason', label: 'decisionReason', max: 2_000, lines: 3 },
    ],
  },
  HandleComplaint: {
    path: '/cases/{caseId}/handle-complaint',
    fields: [
      { kind: 'pick', name: 'complaintId', label: 'complaint', from: 'openComplaints', many: false },
      { kind: 'choice', name: 'outcome', label: 'complaintOutcome', values: ['upheld', 'partly-upheld', 'not-upheld'] },
      { kind: 'text', name: 'reason', label: 'complaintReason', max: 2_000, lines: 3 },
    ],
  },
} as const satisfies Record<string, StepForm>;

export type StepType = keyof typeof STEP_FORMS;

export const isStepType = (type: string): type is StepType => Object.hasOwn(STEP_FORMS, type);

/** Where the form of a step lives, for the case page's list of open steps. */
export const stepFormPath = (caseId: string, type: StepType): string => `/dossiers/${caseId}/stap/${type}`;
