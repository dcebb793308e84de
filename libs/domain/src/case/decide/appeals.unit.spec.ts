import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { machtigingForSanne, otsForSanne, signalRegistered } from '../testing/story';

const appealId = uuid(800);

const lodge = (extra: { courtOrderId?: string; lodgedOn?: string } = {}, by = actors.caseTeam) =>
  command(
    'LodgeAppeal',
    {
      appealId,
      courtOrderId: ids.ots,
      lodgedOn: '2026-11-20',
      lodgedBy: 'parent',
      court: 'Gerechtshof Arnhem-Leeuwarden',
      caseNumber: '200.345.678/01',
      ...extra,
    },
    by,
  );

const lodged = event('AppealLodged', {
  appealId,
  courtOrderId: ids.ots,
  childId: ids.sanne,
  lodgedOn: '2026-11-20',
  lodgedBy: 'parent',
  court: 'Gerechtshof Arnhem-Leeuwarden',
  caseNumber: '200.345.678/01',
});

const decideAppeal = (outcome: 'upheld' | 'overturned' | 'shortened', lastDay?: string) =>
  command('RecordAppealOutcome', {
    appealId,
    outcome,
    decidedOn: '2026-11-23',
    decision: 'The court of appeal heard the parents and the GI.',
    ...(lastDay ? { lastDay } : {}),
  });

describe('an appeal against a court order', () => {
  it('is lodged against an order on record; the order holds meanwhile', () => {
    given([signalRegistered, otsForSanne])
      .when(lodge())
      .thenEmits([{ type: 'AppealLodged', data: { appealId, courtOrderId: ids.ots, childId: ids.sanne, lodgedBy: 'parent' } }]);
    given([signalRegistered]).when(lodge()).thenThrows('COURT_ORDER.NOT_FOUND');
    given([signalRegistered, otsForSanne, lodged]).when(lodge()).thenThrows('APPEAL.ALREADY_LODGED');
    given([signalRegistered, otsForSanne])
      .when(lodge({ lodgedOn: '2026-11-01' }))
      .thenThrows('INPUT.INVALID_DATE');
  });

  it('is recorded by the case, not by the GI', () => {
    given([signalRegistered, otsForSanne]).when(lodge({}, actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });

  it('upheld: the order stands', () => {
    given([signalRegistered, otsForSanne, lodged])
      .when(decideAppeal('upheld'))
      .then([
        {
          type: 'AppealDecided',
          data: {
            appealId,
            courtOrderId: ids.ots,
            outcome: 'upheld',
            decidedOn: '2026-11-23',
            decision: 'The court of appeal heard the parents and the GI.',
            lastDay: null,
          },
        },
      ]);
  });

  it('overturned: the order ends on the day of the appeal decision, with the machtiging resting on it', () => {
    given([signalRegistered, otsForSanne, machtigingForSanne, lodged])
      .when(decideAppeal('overturned'))
      .thenEmits([
        { type: 'AppealDecided', data: { outcome: 'overturned' } },
        {
          type: 'CourtOrderEnded',
          data: { courtOrderId: ids.ots, how: 'overturned-on-appeal', endedOn: '2026-11-23', court: 'Gerechtshof Arnhem-Leeuwarden' },
        },
        { type: 'CourtOrderEnded', data: { courtOrderId: ids.machtiging, how: 'with-supervision', becauseOf: ids.ots } },
      ]);
  });

  it('shortened: the order ends after the new last day, which lies within its term', () => {
    given([signalRegistered, otsForSanne, lodged])
      .when(decideAppeal('shortened', '2027-05-15'))
      .thenEmits([
        { type: 'AppealDecided', data: { outcome: 'shortened', lastDay: '2027-05-15' } },
        { type: 'CourtOrderEnded', data: { courtOrderId: ids.ots, how: 'shortened-on-appeal', endedOn: '2027-05-16' } },
      ]);
    given([signalRegistered, otsForSanne, lodged]).when(decideAppeal('shortened')).thenThrows('INPUT.MISSING');
    given([signalRegistered, otsForSanne, lodged])
      .when(decideAppeal('shortened', '2028-01-01'))
      .thenThrows('COURT_ORDER.END_OUTSIDE_PERIOD');
  });

  it('is decided once, on an appeal on record', () => {
    const decided = event('AppealDecided', {
      appealId,
      courtOrderId: ids.ots,
      outcome: 'upheld',
      decidedOn: '2026-11-23',
      decision: 'Upheld.',
      lastDay: null,
    });
    given([signalRegistered, otsForSanne]).when(decideAppeal('upheld')).thenThrows('APPEAL.NOT_FOUND');
    given([signalRegistered, otsForSanne, lodged, decided]).when(decideAppeal('overturned')).thenThrows('APPEAL.ALREADY_DECIDED');
  });
});
