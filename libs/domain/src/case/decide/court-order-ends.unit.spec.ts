import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { requestPlacement, courtOrder, machtigingForSanne, otsForSanne, signalRegistered } from '../testing/story';
import { CourtOrderEnding } from '../values';

const end = (how: CourtOrderEnding, extra: { courtOrderId?: string; endedOn?: string; decision?: string } = {}, by = actors.caseTeam) =>
  command(
    'EndCourtOrder',
    {
      courtOrderId: ids.ots,
      how,
      endedOn: '2026-11-23',
      decidedOn: '2026-11-23',
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/123457',
      decision: 'The OTS is lifted: the parents accept help voluntarily and the children are safe at home.',
      ...extra,
    },
    by,
  );

const otsLifted = event('CourtOrderEnded', {
  courtOrderId: ids.ots,
  childId: ids.sanne,
  how: 'lifted',
  endedOn: '2026-11-23',
  decidedOn: '2026-11-23',
  court: 'Rechtbank Gelderland',
  caseNumber: 'C/05/123457',
  decision: 'The OTS is lifted.',
  becauseOf: null,
});

describe('a court order ended before its term by the court', () => {
  it('is recorded with the court’s decision', () => {
    const { caseId: _, ...data } = end('lifted').data;
    given([signalRegistered, otsForSanne])
      .when(end('lifted'))
      .then([{ type: 'CourtOrderEnded', data: { ...data, childId: ids.sanne, becauseOf: null } }]);
  });

  it('ends the machtiging that rested on a lifted OTS, in the same decision', () => {
    given([signalRegistered, otsForSanne, machtigingForSanne])
      .when(end('lifted'))
      .thenEmits([
        { type: 'CourtOrderEnded', data: { courtOrderId: ids.ots, how: 'lifted' } },
        {
          type: 'CourtOrderEnded',
          data: { courtOrderId: ids.machtiging, how: 'with-supervision', becauseOf: ids.ots, endedOn: '2026-11-23' },
        },
      ]);
  });

  it('keeps a machtiging that another supervision order still covers', () => {
    const provisional = courtOrder('voorlopige-ots', uuid(69), ids.sanne, '2026-11-16', '2027-02-16');
    const shortMachtiging = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2026-11-16', '2027-02-16');
    given([signalRegistered, otsForSanne, provisional, shortMachtiging])
      .when(end('lifted'))
      .thenEmits([{ type: 'CourtOrderEnded', data: { courtOrderId: ids.ots } }]);
  });

  it('no longer holds from its end: the GI is not charged and no placement rests on it', () => {
    const request = requestPlacement([ids.sanne], 'court-order', actors.caseTeam);
    const machtigingEnded = event('CourtOrderEnded', {
      ...otsLifted.data,
      courtOrderId: ids.machtiging,
      how: 'with-supervision',
      becauseOf: ids.ots,
    });
    given([signalRegistered, otsForSanne, machtigingForSanne, otsLifted, machtigingEnded])
      .when(request)
      .thenThrows('PLACEMENT.NO_VALID_MACHTIGING');
    given([signalRegistered, otsForSanne, machtigingForSanne, otsLifted, machtigingEnded])
      .when({ ...request, actor: actors.gi })
      .thenThrows('ACCESS.GI_NOT_CHARGED');
  });

  it('refuses an order that is not on record, or already ended', () => {
    given([signalRegistered]).when(end('revoked')).thenThrows('COURT_ORDER.NOT_FOUND');
    given([signalRegistered, otsForSanne, otsLifted]).when(end('revoked')).thenThrows('COURT_ORDER.ALREADY_ENDED');
  });

  it('refuses an end outside the order’s period', () => {
    const refusal = given([signalRegistered, otsForSanne])
      .when(end('ended-early', { endedOn: '2027-12-01' }))
      .thenThrows('COURT_ORDER.END_OUTSIDE_PERIOD');
    expect(refusal.message).toContain('2027-11-16');
  });

  it('needs the court’s decision in its words', () => {
    given([signalRegistered, otsForSanne])
      .when(end('revoked', { decision: ' ' }))
      .thenThrows('INPUT.MISSING');
  });

  it('is recorded by the case, never by the GI charged with the order', () => {
    given([signalRegistered, otsForSanne])
      .when(end('lifted', {}, actors.gi))
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });

  it('refuses to extend an order that was ended', () => {
    given([signalRegistered, otsForSanne, otsLifted])
      .when(
        command('RecordCourtOrder', {
          courtOrderId: uuid(500),
          kind: 'ots',
          childId: ids.sanne,
          issuedOn: '2026-11-16',
          validFrom: '2027-11-16',
          validUntil: '2028-11-16',
          court: 'Rechtbank Gelderland',
          caseNumber: 'C/05/123456',
          giOrganisation: 'William Schrikker Stichting',
          extendsCourtOrderId: ids.ots,
        }),
      )
      .thenThrows('COURT_ORDER.ALREADY_ENDED');
  });
});
