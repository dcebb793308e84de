import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Field, StepForm } from '../../forms/field-spec';
import { differences, type OpenApiDocument } from '../../forms/form-rules';
import { DECISION_FIELDS, seatsOf } from '../return-home/decision-seats';
import type { CaseView, Placement } from './placement-reads';
import { CAPACITY_FORM, CHOOSE_FORM, DECLINE_FORM, PAUSE_FORM } from './page-forms';

// The document as the API serves it (npm run web:api writes it; test/e2e/web-client-types.e2e.spec.ts keeps it so).
const DOCUMENT = JSON.parse(readFileSync(join(__dirname, '../../api/casus-api.json'), 'utf8')) as OpenApiDocument;

const view = {
  revision: 1,
  case: {
    caseId: 'case',
    children: [{ childId: 'sanne', birthDate: '2014-05-12' }],
    familyMembers: [{ familyMemberId: 'fatima', name: 'Fatima de Vries', relation: 'parent', parentalAuthorityOver: ['sanne'] }],
    placements: [],
  },
} as unknown as CaseView;
const placement = { placementId: 'placement', childIds: ['sanne'] } as unknown as Placement;

describe("the placement and provider pages' forms validate as the API does", () => {
  it('asks for a reason as long as the API takes it; the page adds the place chosen', () => {
    expect(differences(CHOOSE_FORM, DOCUMENT)).toEqual(['/placements/{placementId}/choose: the API requires optionId, the form lacks it']);
    expect(differences(DECLINE_FORM, DOCUMENT)).toEqual([]);
    expect(differences(PAUSE_FORM, DOCUMENT)).toEqual([]);
  });

  it('types the capacity as text, which the page sends as a number', () => {
    expect(differences(CAPACITY_FORM, DOCUMENT)).toEqual([
      '/placement-options/{optionId}/change-capacity capacity: the API takes integer, the form a text',
      '/placement-options/{optionId}/change-capacity capacity: the API allows undefined characters, the form 4',
    ]);
  });

  it('holds the joint decision and each participant’s view to RecordReturnDecision; the page adds who speaks and the ids', () => {
    const seats = seatsOf(view, placement);
    expect(seats.map((seat) => seat.who.participant)).toEqual(['child', 'parent', 'caregiver', 'gemeente', 'provider', 'gi']);
    const formOf = (views: readonly Field[]): StepForm => ({
      path: '/cases/{caseId}/record-return-decision',
      fields: [...DECISION_FIELDS, { kind: 'repeat', name: 'views', fields: views }],
    });
    const at = '/cases/{caseId}/record-return-decision';
    const added = [`${at}: the API requires placementId, the form lacks it`, `${at}: the API requires decisionId, the form lacks it`];
    const [child, parent, ...professionals] = seats;
    expect(differences(formOf(child.fields), DOCUMENT)).toEqual([
      ...added,
      `${at} views[]: the API requires participant, the form lacks it`,
      // Heard or not is asked of every child (yes or no) and sent as the boolean the API takes.
      `${at} views[] heard: optional in the API, required in the form`,
      `${at} views[] heard: the API takes boolean, the form yes, no`,
    ]);
    expect(differences(formOf(parent.fields), DOCUMENT)).toEqual([
      ...added,
      `${at} views[]: the API requires participant, the form lacks it`,
      `${at} views[] statement: optional in the API, required in the form`,
      `${at} views[] prefers: optional in the API, required in the form`,
    ]);
    for (const seat of professionals)
      expect(differences(formOf(seat.fields), DOCUMENT)).toEqual([
        ...added,
        `${at} views[]: the API requires participant, the form lacks it`,
      ]);
  });
});
