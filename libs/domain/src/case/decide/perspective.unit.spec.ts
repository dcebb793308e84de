import { PerspectiveView } from '../help-values';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import {
  childrenPlacedVoluntarily,
  courtOrder,
  machtigingForSanne,
  otsForSanne,
  parentsRecorded,
  placementDecided,
  placementRequested,
  placementStarted,
  signalRegistered,
} from '../testing/story';

const decisionId = uuid(830);
const sanne: PerspectiveView = {
  participant: 'child',
  childId: ids.sanne,
  heard: true,
  statement: 'I want to stay with grandma',
  prefers: 'foster-family',
};
const daan: PerspectiveView = { participant: 'child', childId: ids.daan, heard: false, notHeardReason: 'Seven; observed at play instead' };
const mother: PerspectiveView = {
  participant: 'parent',
  familyMemberId: ids.mother,
  statement: 'I want them home one day',
  prefers: 'return-home',
};
const father: PerspectiveView = {
  participant: 'parent',
  familyMemberId: ids.father,
  statement: 'Grandma is best',
  prefers: 'foster-family',
};
const grandmother: PerspectiveView = {
  participant: 'caregiver',
  name: 'Els Jansen',
  organisation: 'network foster family',
  statement: 'They can stay as long as they need',
  prefers: 'foster-family',
};
const gi: PerspectiveView = {
  participant: 'gi',
  name: 'Gijs Mulder',
  organisation: 'William Schrikker Stichting',
  statement: 'Home is not safe within the children’s time',
  prefers: 'foster-family',
};

const decide = (views: readonly PerspectiveView[], extra: object = {}, by = actors.caseTeam) =>
  command(
    'RecordPerspectiveDecision',
    {
      placementId: ids.placement,
      decisionId,
      decidedOn: '2026-11-23',
      perspective: 'foster-family',
      views,
      justification: 'The children are attached to their grandmother; the parents cannot give safety within their time',
      ...extra,
    },
    by,
  );
const planned = event('PlacementPlanRecorded', {
  placementId: ids.placement,
  perspectiveDecisionOn: '2027-02-21',
  justification: 'Three months: Daan is seven and needs certainty soon',
});
const everyone = [sanne, daan, mother, father, grandmother];

describe('the perspective decision (perspectiefbesluit), a decision of its own', () => {
  it('records where the children grow up, with every view heard and its justification', () => {
    const [decided] = given([...childrenPlacedVoluntarily, planned])
      .when(decide(everyone))
      .thenEmits([
        {
          type: 'PerspectiveDecided',
          data: { decisionId, childIds: [ids.sanne, ids.daan], perspective: 'foster-family', where: null, views: everyone },
        },
      ]);
    const state = stateAfter([...childrenPlacedVoluntarily, planned, decided]);
    expect(state.status === 'open' && state.perspectiveDecisions).toEqual([decided.data]);
  });

  it('loses a parent’s own words with the erasure of their data; the decision and the others’ views stay', () => {
    const [decided] = given(childrenPlacedVoluntarily)
      .when(decide(everyone))
      .thenEmits([{ type: 'PerspectiveDecided' }]);
    const erased = event('PersonalDataErased', {
      personId: ids.mother,
      reason: 'AVG art. 17',
      authorisedBy: 'Ilse Kok',
      erasedOn: '2026-11-23',
    });
    const state = stateAfter([...childrenPlacedVoluntarily, decided, erased]);
    expect(state.status === 'open' && state.perspectiveDecisions[0].views).toEqual([
      sanne,
      daan,
      { ...mother, statement: '[erased]' },
      father,
      grandmother,
    ]);
  });

  it('keeps dissent: a parent who prefers return home stays on record beside the decision', () => {
    given(childrenPlacedVoluntarily)
      .when(decide(everyone))
      .thenEmits([{ type: 'PerspectiveDecided', data: { views: expect.arrayContaining([mother]) } }]);
  });

  it('needs the child’s view (or why not heard) and every parent with authority’s', () => {
    given(childrenPlacedVoluntarily)
      .when(decide([daan, mother, father, grandmother]))
      .thenThrows('PERSPECTIVE.CHILD_NOT_HEARD');
    given(childrenPlacedVoluntarily)
      .when(decide([sanne, { ...daan, notHeardReason: ' ' }, mother, father, grandmother]))
      .thenThrows('PERSPECTIVE.CHILD_NOT_HEARD');
    const refusal = given(childrenPlacedVoluntarily)
      .when(decide([sanne, daan, mother, grandmother]))
      .thenThrows('PERSPECTIVE.PARENT_VIEW_MISSING');
    expect(refusal.message).toContain(ids.father);
    given(childrenPlacedVoluntarily)
      .when(decide([...everyone, { ...mother, familyMemberId: uuid(996) }]))
      .thenThrows('PERSPECTIVE.UNKNOWN_PARTICIPANT');
  });

  it('growing up in the foster family needs the foster parents’ view; elsewhere says where', () => {
    given(childrenPlacedVoluntarily)
      .when(decide([sanne, daan, mother, father]))
      .thenThrows('PERSPECTIVE.CAREGIVER_VIEW_MISSING');
    given(childrenPlacedVoluntarily)
      .when(decide([sanne, daan, mother, father], { perspective: 'return-home' }))
      .thenEmits([{ type: 'PerspectiveDecided', data: { perspective: 'return-home' } }]);
    given(childrenPlacedVoluntarily)
      .when(decide(everyone, { perspective: 'elsewhere' }))
      .thenThrows('INPUT.MISSING');
    given(childrenPlacedVoluntarily)
      .when(decide(everyone, { perspective: 'elsewhere', where: 'Gezinshuis De Linde' }))
      .thenEmits([{ type: 'PerspectiveDecided', data: { where: 'Gezinshuis De Linde' } }]);
  });

  it('under a court order needs the GI’s view, and the charged GI may take it', () => {
    const underOrder = [
      signalRegistered,
      ...parentsRecorded,
      otsForSanne,
      machtigingForSanne,
      placementRequested(ids.placement, [ids.sanne], 'court-order', 'Daan stays home'),
      placementDecided(ids.placement),
      placementStarted(ids.placement),
    ];
    given(underOrder)
      .when(decide([sanne, mother, father, grandmother]))
      .thenThrows('PERSPECTIVE.GI_VIEW_MISSING');
    given(underOrder)
      .when(decide([sanne, mother, father, grandmother, gi], {}, actors.gi))
      .thenEmits([{ type: 'PerspectiveDecided', data: { childIds: [ids.sanne] } }]);
    const otherGisOrder = { ...courtOrder('ots', uuid(66), ids.daan, '2026-11-16', '2027-11-16') };
    given([...underOrder, { ...otherGisOrder, data: { ...otherGisOrder.data, giOrganisation: actors.otherGi.organisation } }])
      .when(decide([sanne, mother, father, grandmother, gi], {}, actors.otherGi))
      .thenThrows('ACCESS.GI_NOT_CHARGED');
  });

  it('is taken for a running placement, once under one id, on a day that has been', () => {
    given([...childrenPlacedVoluntarily, planned])
      .when(decide(everyone, { placementId: ids.secondPlacement }))
      .thenThrows('PLACEMENT.NOT_FOUND');
    const decided = event('PerspectiveDecided', { ...decide(everyone).data, childIds: [ids.sanne, ids.daan], where: null });
    given([...childrenPlacedVoluntarily, decided])
      .when(decide(everyone))
      .thenThrows('PERSPECTIVE.ALREADY_DECIDED');
    given(childrenPlacedVoluntarily)
      .when(decide(everyone, { decidedOn: '2026-11-20' }))
      .thenThrows('PLACEMENT.DATE_BEFORE_START');
    given(childrenPlacedVoluntarily)
      .when(decide(everyone, { justification: '' }))
      .thenThrows('INPUT.MISSING');
    given(childrenPlacedVoluntarily)
      .when(decide(everyone, {}, actors.auditor))
      .thenThrows('ACCESS.READ_ONLY_ROLE');
  });
});
