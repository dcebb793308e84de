import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { childrenPlacedVoluntarily, parentsRecorded, signalWithSanneBornOn } from '../testing/story';

const aftercareId = uuid(840);
const start = (extra: object = {}, by = actors.caseTeam) =>
  command(
    'StartAftercare',
    {
      aftercareId,
      childIds: [ids.sanne, ids.daan],
      after: 'return-home',
      startedOn: '2026-11-23',
      content: 'Home visits every two weeks by the wijkteam; the parents’ course goes on',
      plannedEndOn: '2027-05-23',
      ...extra,
    },
    by,
  );
const returnedHome = [
  event('ChildReturnedHome', {
    placementId: ids.placement,
    childIds: [ids.sanne, ids.daan],
    returnedOn: '2026-11-22',
    aftercare: 'visits',
  }),
  event('PlacementEnded', {
    placementId: ids.placement,
    childIds: [ids.sanne, ids.daan],
    endedOn: '2026-11-22',
    reason: 'return-home',
    explanation: 'joint return decision',
  }),
];
const home = [...childrenPlacedVoluntarily, ...returnedHome];
const started = event('AftercareStarted', { ...start().data, childIds: [ids.sanne, ids.daan], after: 'return-home' });
const end = (extra: object = {}) =>
  command('EndAftercare', { aftercareId, endedOn: '2026-11-23', howItWent: 'Stable at home; school going well', ...extra });

describe('aftercare (nazorg) after the return home or at 18', () => {
  it('starts after the children returned home, with what it is and its planned end; the case is in aftercare', () => {
    const [startedNow] = given(home)
      .when(start())
      .thenEmits([{ type: 'AftercareStarted', data: { aftercareId, after: 'return-home', plannedEndOn: '2027-05-23' } }]);
    const state = stateAfter([...home, startedNow]);
    expect(state.status === 'open' && { phase: state.phase, aftercare: state.aftercare }).toEqual({
      phase: 'aftercare',
      aftercare: [{ ...startedNow.data, ended: null }],
    });
  });

  it('refuses aftercare "after the return home" for a child who has not returned home', () => {
    const refusal = given(childrenPlacedVoluntarily).when(start()).thenThrows('AFTERCARE.NOT_RETURNED_HOME');
    expect(refusal.message).toContain(ids.sanne);
  });

  it('starts at 18 for a young person of age, not a day before', () => {
    const comesOfAge = [signalWithSanneBornOn('2008-11-23'), ...parentsRecorded];
    given(comesOfAge)
      .when(start({ childIds: [ids.sanne], after: 'age-of-majority' }))
      .thenEmits([{ type: 'AftercareStarted', data: { after: 'age-of-majority' } }]);
    given([signalWithSanneBornOn('2008-11-24'), ...parentsRecorded])
      .when(start({ childIds: [ids.sanne], after: 'age-of-majority' }))
      .thenThrows('AFTERCARE.NOT_OF_AGE');
  });

  it('needs what it is, a planned end after the start, children of the case, and one running aftercare per child', () => {
    given(home)
      .when(start({ content: ' ' }))
      .thenThrows('INPUT.MISSING');
    given(home)
      .when(start({ plannedEndOn: '2026-11-23' }))
      .thenThrows('AFTERCARE.END_NOT_AHEAD');
    given(home)
      .when(start({ childIds: [uuid(995)] }))
      .thenThrows('CASE.UNKNOWN_CHILD');
    given([...home, started])
      .when(start())
      .thenThrows('AFTERCARE.ALREADY_STARTED');
    given([...home, started])
      .when(start({ aftercareId: uuid(841), childIds: [ids.daan] }))
      .thenThrows('AFTERCARE.CHILD_IN_AFTERCARE');
  });

  it('ends once, with how it went', () => {
    const [ended] = given([...home, started])
      .when(end())
      .thenEmits([{ type: 'AftercareEnded', data: { aftercareId, howItWent: 'Stable at home; school going well' } }]);
    given([...home, started, ended])
      .when(end())
      .thenThrows('AFTERCARE.ALREADY_ENDED');
    given(home).when(end()).thenThrows('AFTERCARE.NOT_FOUND');
    given([...home, started])
      .when(end({ howItWent: '' }))
      .thenThrows('INPUT.MISSING');
    given([...home, { ...started, data: { ...started.data, startedOn: '2026-11-23' } }])
      .when(end({ endedOn: '2026-11-22' }))
      .thenThrows('INPUT.INVALID_DATE');
  });

  it('is written by the case team, never by an auditor or someone outside the case', () => {
    given([...home, started])
      .when(command('EndAftercare', end().data, actors.auditor))
      .thenThrows('ACCESS.READ_ONLY_ROLE');
    given(home).when(start({}, actors.otherWijkteam)).thenThrows('CASE.NOT_FOUND');
  });
});
