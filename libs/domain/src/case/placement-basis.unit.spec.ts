import { event, ids } from './testing/fixtures';
import { stateAfter } from './testing/given-when-then';
import { courtOrder, machtigingForSanne, otsForSanne, placementRequested, signalRegistered, signalWithSanneBornOn } from './testing/story';
import { majorityOn } from './court-order-limits';
import { requestLapsesOn } from './placement-basis';
import { ExistingCase } from './state';

describe('when an open placement request lapses', () => {
  it('comes of age on the 18th birthday; born on 29 February, on 1 March in a common year, on 29 February in a leap year', () => {
    expect(majorityOn('2008-05-12')).toBe('2026-05-12');
    expect(majorityOn('2008-02-29')).toBe('2026-03-01');
    expect(majorityOn('2012-02-29')).toBe('2030-03-01');
    expect(majorityOn('2000-02-29')).toBe('2018-03-01');
    expect(majorityOn('2006-02-28')).toBe('2024-02-28');
    expect(majorityOn('2010-02-28')).toBe('2028-02-28');
  });

  it('lapses for a child born on 29 February on 1 March of a common year, the day every court order ends too', () => {
    const voluntary = [signalWithSanneBornOn('2008-02-29'), placementRequested(ids.placement, [ids.sanne], 'voluntary')];
    expect(requestLapsesOn(stateAfter(voluntary) as ExistingCase, ids.placement)).toEqual({
      on: '2026-03-01',
      reason: `child ${ids.sanne} turns 18`,
    });
  });

  it('lapses on the day after the last machtiging ends, or on a child’s 18th birthday, whichever comes first', () => {
    const courtOrdered = [signalRegistered, otsForSanne, machtigingForSanne, placementRequested(ids.placement, [ids.sanne], 'court-order')];
    expect(requestLapsesOn(stateAfter(courtOrdered) as ExistingCase, ids.placement)).toEqual({
      on: '2027-05-17',
      reason: `the machtiging for child ${ids.sanne} ended`,
    });
    const extended = [...courtOrdered, courtOrder('machtiging-uithuisplaatsing', ids.decision, ids.sanne, '2027-05-17', '2028-05-16')];
    expect(requestLapsesOn(stateAfter(extended) as ExistingCase, ids.placement)).toEqual({
      on: '2028-05-17',
      reason: `the machtiging for child ${ids.sanne} ended`,
    });
    const voluntary = [signalRegistered, placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary')];
    expect(requestLapsesOn(stateAfter(voluntary) as ExistingCase, ids.placement)).toEqual({
      on: '2032-05-12',
      reason: `child ${ids.sanne} turns 18`,
    });
  });

  it('lapses on the day the court ends the machtiging early, not on the day it would have run to', () => {
    const machtigingEnded = event('CourtOrderEnded', {
      courtOrderId: ids.machtiging,
      childId: ids.sanne,
      how: 'ended-early',
      endedOn: '2027-01-10',
      decidedOn: '2027-01-08',
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/123458',
      decision: 'The machtiging ends: Sanne can stay at home with help.',
      becauseOf: null,
    });
    const history = [
      signalRegistered,
      otsForSanne,
      machtigingForSanne,
      placementRequested(ids.placement, [ids.sanne], 'court-order'),
      machtigingEnded,
    ];
    expect(requestLapsesOn(stateAfter(history) as ExistingCase, ids.placement)).toEqual({
      on: '2027-01-10',
      reason: `the machtiging for child ${ids.sanne} ended`,
    });
  });
});
