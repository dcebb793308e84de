import { canReadCase } from '../readers';
import { actors, command, event, ids, TODAY, uuid } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { handedOverToWijkteam, signalRegistered, signalRegisteredByVeiligThuis } from '../testing/story';

const registeredByVeiligThuis = signalRegisteredByVeiligThuis;

const start = (by = actors.veiligThuis, startedOn = '2026-11-04') =>
  command('StartVeiligThuisInvestigation', { startedOn, reason: 'The police report and the school both point to violence at home' }, by);
const started = event('VeiligThuisInvestigationStarted', {
  startedOn: '2026-11-04',
  reason: 'The police report and the school both point to violence at home',
  // 10 weeks after Wednesday 4 November 2026.
  dueOn: '2027-01-13',
});
const conclude = (by = actors.veiligThuis) =>
  command(
    'ConcludeVeiligThuisInvestigation',
    { conclusion: 'confirmed', findings: 'Violence between the parents, witnessed by both children', concludedOn: '2026-11-20' },
    by,
  );
const concluded = event('VeiligThuisInvestigationConcluded', {
  conclusion: 'confirmed',
  findings: 'Violence between the parents, witnessed by both children',
  concludedOn: '2026-11-20',
});
const handOver = (by = actors.veiligThuis) =>
  command(
    'HandOverToLocalTeam',
    {
      team: actors.caseTeam.team,
      organisation: actors.caseTeam.organisation,
      summary: 'Safety plan agreed; the family needs help at home',
      handedOverOn: '2026-11-23',
      formerTeamReadDays: 28,
    },
    by,
  );
const handedOver = handedOverToWijkteam;
const assess = (by = actors.caseTeam) =>
  command(
    'RecordSafetyAssessment',
    { assessmentId: uuid(321), outcome: 'unsafe', findings: 'Violence at home', assessedOn: '2026-11-05' },
    by,
  );

describe('Veilig Thuis on a case it registered', () => {
  it('leads it as its team: it assesses safety and starts its investigation, due in 10 weeks', () => {
    given([registeredByVeiligThuis])
      .when(assess(actors.veiligThuis))
      .thenEmits([{ type: 'SafetyAssessed' }]);
    given([registeredByVeiligThuis]).when(start()).then([started]);
  });

  it('records the outcome of its investigation once, after it started', () => {
    given([registeredByVeiligThuis]).when(conclude()).thenThrows('VEILIG_THUIS.NO_INVESTIGATION');
    given([registeredByVeiligThuis, started]).when(conclude()).then([concluded]);
    given([registeredByVeiligThuis, started, concluded]).when(conclude()).thenThrows('VEILIG_THUIS.INVESTIGATION_ALREADY_CONCLUDED');
    given([registeredByVeiligThuis, started]).when(start()).thenThrows('VEILIG_THUIS.INVESTIGATION_ALREADY_STARTED');
  });

  it('dates the investigation from the signal on, never in the future, with a reason', () => {
    given([registeredByVeiligThuis]).when(start(actors.veiligThuis, '2026-10-30')).thenThrows('INPUT.INVALID_DATE');
    given([registeredByVeiligThuis]).when(start(actors.veiligThuis, '2026-11-30')).thenThrows('INPUT.DATE_IN_FUTURE');
    given([registeredByVeiligThuis])
      .when(command('StartVeiligThuisInvestigation', { startedOn: '2026-11-04', reason: ' ' }, actors.veiligThuis))
      .thenThrows('INPUT.MISSING');
  });

  it('hands the case over to the local team only once the investigation is concluded; the wijkteam then leads', () => {
    given([registeredByVeiligThuis, started]).when(handOver()).thenThrows('VEILIG_THUIS.INVESTIGATION_OPEN');
    given([registeredByVeiligThuis, started, concluded]).when(handOver()).then([handedOver]);
    // Without an investigation: handed over after its safety assessment.
    given([registeredByVeiligThuis])
      .when(handOver())
      .thenEmits([{ type: 'CaseHandedOverToLocalTeam' }]);
    given([registeredByVeiligThuis, started, concluded, handedOver])
      .when(assess())
      .thenEmits([{ type: 'SafetyAssessed' }]);
  });

  it('hands over to a local team, not to a team spelled as its own, which would leave the case without a team that reads it', () => {
    const toItself = { ...handOver().data, team: actors.veiligThuis.team };
    given([registeredByVeiligThuis])
      .when({ ...handOver(), data: toItself })
      .thenThrows('VEILIG_THUIS.HANDOVER_TO_ITSELF');
  });

  it('records in the handover how long Veilig Thuis reads on, counted from the handover day, as a transfer does', () => {
    const fortnight = { ...handOver(), data: { ...handOver().data, handedOverOn: '2026-11-20', formerTeamReadDays: 14 } };
    given([registeredByVeiligThuis])
      .when(fortnight)
      .thenEmits([{ type: 'CaseHandedOverToLocalTeam', data: { formerTeamReadEndsOn: '2026-12-04' } }]);
  });

  it('reads what it did a while after the handover, as a team the case was transferred from, but no longer writes', () => {
    const after = [registeredByVeiligThuis, started, concluded, handedOver];
    expect(canReadCase(stateAfter(after), actors.veiligThuis, TODAY)).toBe(true);
    given(after).when(assess(actors.veiligThuis)).thenThrows('ACCESS.CASE_TRANSFERRED');
    given(after).when(handOver()).thenThrows('ACCESS.CASE_TRANSFERRED');
  });
});

describe('who records the Veilig Thuis investigation', () => {
  it('not the wijkteam before the handover: it does not read the case yet', () => {
    expect(canReadCase(stateAfter([registeredByVeiligThuis]), actors.caseTeam, TODAY)).toBe(false);
    given([registeredByVeiligThuis]).when(start(actors.caseTeam)).thenThrows('CASE.NOT_FOUND');
  });

  it('not another Veilig Thuis team, a Jeugdlink team or a GI, who do not read the case', () => {
    for (const outsider of [actors.otherVeiligThuis, actors.jeugdlink, actors.gi])
      given([registeredByVeiligThuis]).when(start(outsider)).thenThrows('CASE.NOT_FOUND');
  });

  it('not the auditor, who reads but never writes, nor a provider or a family member, who do not read the case', () => {
    given([registeredByVeiligThuis]).when(start(actors.auditor)).thenThrows('ACCESS.READ_ONLY_ROLE');
    for (const outsider of [actors.provider, actors.family])
      given([registeredByVeiligThuis]).when(start(outsider)).thenThrows('CASE.NOT_FOUND');
  });

  it('not the wijkteam on its own case, nor on a Veilig Thuis case after the handover: the investigation is Veilig Thuis’s own', () => {
    given([signalRegistered]).when(start(actors.caseTeam)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given([registeredByVeiligThuis, handedOver]).when(start(actors.caseTeam)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });

  it('Veilig Thuis does not read a case the wijkteam registered', () => {
    expect(canReadCase(stateAfter([signalRegistered]), actors.veiligThuis, TODAY)).toBe(false);
    given([signalRegistered]).when(start()).thenThrows('CASE.NOT_FOUND');
    expect(ids.case).toBe(signalRegistered.data.caseId);
  });
});
