import { command, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { reservation, assessedUnsafe, parentsConsented, parentsRecorded, placementRequested, signalRegistered } from '../testing/story';

const introduction = '00000000-0000-4000-8000-000000000301';
const requested = [
  signalRegistered,
  ...parentsRecorded,
  assessedUnsafe,
  ...parentsConsented,
  placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary'),
];
const participants = { childIds: [ids.sanne], familyMemberIds: [ids.mother], others: ['the foster parents', 'the case lead'] };
const plan = (overrides: object = {}) =>
  command('PlanIntroduction', {
    placementId: ids.placement,
    reservation,
    introductionId: introduction,
    plannedOn: '2026-11-26',
    participants,
    ...overrides,
  });
const planned = {
  type: 'IntroductionPlanned',
  data: { placementId: ids.placement, introductionId: introduction, optionId: ids.option, plannedOn: '2026-11-26', participants },
} as const;
const held = (heldOn: string) => command('RecordIntroductionHeld', { placementId: ids.placement, introductionId: introduction, heldOn });

describe('a kennismaking on the reserved place (Handboek Methodisch Matchen, phase B)', () => {
  it('is planned for a day, with who takes part, and recorded as held', () => {
    given(requested).when(plan()).then([planned]);
    given([...requested, planned])
      .when(held('2026-11-23'))
      .then([{ type: 'IntroductionHeld', data: { placementId: ids.placement, introductionId: introduction, heldOn: '2026-11-23' } }]);
  });

  it('is refused without a reserved place, in the past, without a child of the placement, or naming someone not on the case', () => {
    given(requested)
      .when(plan({ reservation: null }))
      .thenThrows('PLACEMENT.NOT_RESERVED');
    given(requested)
      .when(plan({ plannedOn: '2026-11-22' }))
      .thenThrows('PLACEMENT.INTRODUCTION_IN_PAST');
    given(requested)
      .when(plan({ participants: { ...participants, childIds: [] } }))
      .thenThrows('PLACEMENT.INTRODUCTION_WITHOUT_CHILD');
    given(requested)
      .when(plan({ participants: { ...participants, familyMemberIds: [ids.grandmother] } }))
      .thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
  });

  it('is held once, not before today’s record of it, and only when planned', () => {
    given(requested).when(held('2026-11-23')).thenThrows('PLACEMENT.UNKNOWN_INTRODUCTION');
    given([
      ...requested,
      planned,
      { type: 'IntroductionHeld', data: { placementId: ids.placement, introductionId: introduction, heldOn: '2026-11-23' } },
    ])
      .when(held('2026-11-23'))
      .thenThrows('PLACEMENT.INTRODUCTION_ALREADY_HELD');
    given([...requested, planned])
      .when(held('2026-11-24'))
      .thenThrows('INPUT.DATE_IN_FUTURE');
  });
});
