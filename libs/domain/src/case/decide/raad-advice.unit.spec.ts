import { ExistingCase } from '../state';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { jeugdlinkJoined, jeugdlinkRequested, machtigingForSanne, otsForSanne, signalRegistered } from '../testing/story';

const adviceId = uuid(301);
const advice = {
  adviceId,
  courtOrderId: ids.ots,
  requestCaseNumber: 'C/05/140001 / JE RK 27-512',
  requestedOn: '2026-11-02',
  advisor: 'R. Smit',
  office: 'Raad voor de Kinderbescherming Midden-Nederland',
  recommendation: 'extend',
  advice: 'The OTS is still needed: the mother has only just started the course.',
  advisedOn: '2026-11-20',
} as const;
const record = (overrides: object = {}, by = actors.caseTeam) => command('RecordRaadAdvice', { ...advice, ...overrides }, by);
const recorded = event('RaadAdviceRecorded', { ...advice, childId: ids.sanne });
const underOts = [signalRegistered, otsForSanne, machtigingForSanne];

describe("the Raad's advice on extending an OTS (BW 1:260 lid 2)", () => {
  it('records who advised, what, on which request, for the child of the OTS, and shows it on the case', () => {
    given(underOts).when(record()).then([recorded]);
    expect((stateAfter([...underOts, recorded]) as ExistingCase).raadAdvice).toEqual([recorded.data]);
  });

  it('is recorded by the case team or a joined Jeugdlink member, never by the GI whose request it is on', () => {
    given([...underOts, jeugdlinkRequested, jeugdlinkJoined])
      .when(record({}, actors.jeugdlink))
      .then([recorded]);
    given(underOts).when(record({}, actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given(underOts).when(record({}, actors.auditor)).thenThrows('ACCESS.READ_ONLY_ROLE');
    given(underOts).when(record({}, actors.otherWijkteam)).thenThrows('CASE.NOT_FOUND');
  });

  it('is refused on an order that is not an OTS, an unknown or ended OTS, twice, before its request, or without its words', () => {
    given(underOts)
      .when(record({ courtOrderId: ids.machtiging }))
      .thenThrows('RAAD_ADVICE.NOT_ON_AN_OTS');
    given(underOts)
      .when(record({ courtOrderId: uuid(399) }))
      .thenThrows('COURT_ORDER.NOT_FOUND');
    const ended = event('CourtOrderEnded', {
      courtOrderId: ids.ots,
      childId: ids.sanne,
      how: 'lifted',
      endedOn: '2026-11-19',
      decidedOn: '2026-11-19',
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/123456',
      decision: 'Lifted: the family no longer needs it',
      becauseOf: null,
    });
    given([...underOts, ended])
      .when(record())
      .thenThrows('COURT_ORDER.ALREADY_ENDED');
    given([...underOts, recorded])
      .when(record())
      .thenThrows('RAAD_ADVICE.ALREADY_RECORDED');
    given(underOts)
      .when(record({ requestedOn: '2026-11-21' }))
      .thenThrows('INPUT.INVALID_DATE');
    given(underOts)
      .when(record({ advisedOn: '2026-11-24' }))
      .thenThrows('INPUT.DATE_IN_FUTURE');
    given(underOts)
      .when(record({ advice: ' ' }))
      .thenThrows('INPUT.MISSING');
  });
});
