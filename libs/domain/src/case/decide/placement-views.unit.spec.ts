import { command, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import {
  reservation,
  assessedUnsafe,
  familyConsented,
  parentsRecorded,
  placementDecided,
  placementRequested,
  signalRegistered,
  viewsHeardOnPlace,
} from '../testing/story';

const requested = [
  signalRegistered,
  ...parentsRecorded,
  assessedUnsafe,
  // Sanne is 12: her own consent beside her parents'.
  ...familyConsented,
  placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary'),
];
const [sanneHeard, daanNotHeard, motherHeard, fatherHeard] = viewsHeardOnPlace(ids.placement);
const hear = (view: object, overrides: object = {}) =>
  command('RecordPlacementView', {
    placementId: ids.placement,
    reservation,
    view: view as never,
    heardOn: '2026-11-23',
    ...overrides,
  });
const decide = (overrides: object = {}) =>
  command('DecidePlacement', {
    placementId: ids.placement,
    reservation,
    reasons: 'Network foster family: the grandmother, close to school',
    behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-20' },
    ...overrides,
  });

describe('parents and child heard on the proposed place (Handboek Methodisch Matchen, phase B)', () => {
  it("records a child's view on the place reserved now, and a child not heard with the reason", () => {
    given(requested)
      .when(hear(sanneHeard.data.view))
      .then([{ type: 'PlacementViewRecorded', data: { ...sanneHeard.data, heardOn: '2026-11-23' } }]);
    given(requested)
      .when(hear(daanNotHeard.data.view))
      .thenEmits([{ type: 'PlacementViewRecorded', data: { optionId: ids.option, view: daanNotHeard.data.view } }]);
  });

  it('refuses a view without words, a child not heard without the reason, a child of another placement, an unknown parent', () => {
    given(requested)
      .when(hear({ participant: 'child', childId: ids.sanne, heard: true, statement: ' ' }))
      .thenThrows('INPUT.MISSING');
    given(requested)
      .when(hear({ participant: 'child', childId: ids.sanne, heard: false, notHeardReason: '' }))
      .thenThrows('PLACEMENT.CHILD_NOT_HEARD');
    given([...requested.slice(0, -1), placementRequested(ids.placement, [ids.sanne], 'voluntary', 'Daan stays home')])
      .when(hear(daanNotHeard.data.view))
      .thenThrows('PLACEMENT.CHILD_NOT_IN_PLACEMENT');
    given(requested)
      .when(hear({ participant: 'parent', familyMemberId: ids.grandmother, statement: 'Yes' }))
      .thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
  });

  it('refuses a view when no place is reserved, or once the placement is decided', () => {
    given(requested)
      .when(hear(sanneHeard.data.view, { reservation: null }))
      .thenThrows('PLACEMENT.NOT_RESERVED');
    given([...requested, ...viewsHeardOnPlace(ids.placement), placementDecided(ids.placement)])
      .when(hear(sanneHeard.data.view))
      .thenThrows('PLACEMENT.ALREADY_DECIDED');
  });

  it('decides only with the view of every child (or not-heard with reason) and every parent with authority on this place', () => {
    given([...requested, sanneHeard, motherHeard, fatherHeard])
      .when(decide())
      .thenThrows('PLACEMENT.CHILD_NOT_HEARD');
    const refusal = given([...requested, sanneHeard, daanNotHeard, motherHeard])
      .when(decide())
      .thenThrows('PLACEMENT.PARENT_VIEW_MISSING');
    expect(refusal.message).toContain('Mark de Vries');
  });

  it('does not count views heard on another place: after a new reservation they are heard again', () => {
    given([...requested, ...viewsHeardOnPlace(ids.placement, ids.secondOption)])
      .when(decide())
      .thenThrows('PLACEMENT.CHILD_NOT_HEARD');
  });

  it('records the latest view of each one on the place with the decision', () => {
    const changedMind = { ...motherHeard, data: { ...motherHeard.data, view: { ...motherHeard.data.view, statement: 'Now I agree' } } };
    given([...requested, ...viewsHeardOnPlace(ids.placement), changedMind])
      .when(decide({ viewsHeard: [{ participant: 'the school', view: 'Sanne can stay in her class' }] }))
      .thenEmits([
        {
          type: 'PlacementDecided',
          data: {
            viewsHeard: [{ participant: 'the school', view: 'Sanne can stay in her class' }],
            views: [sanneHeard.data.view, daanNotHeard.data.view, changedMind.data.view, fatherHeard.data.view],
          },
        },
      ]);
  });
});
