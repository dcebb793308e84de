import { command, event, ids } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { jeugdlinkJoined, jeugdlinkRequested, otsForSanne, signalRegistered } from '../testing/story';
import { DomainError } from '../errors';
import type { CaseEvent } from '../events';
import type { ExistingCase } from '../state';
import { careEndedOn, recordKindsOf, retentionOf } from './case-retention';
import { decideDestruction } from './destruction';
import { DEFAULT_RETENTION_YEARS, RETENTION_TERMS } from './retention-terms';

// Sanne is born 2014-05-12, Daan (the youngest) 2019-03-02.
const fromSchool = event('SignalRegistered', { ...signalRegistered.data, source: 'school' });
const closed = (closedOn: string) => event('CaseClosed', { reason: 'goals reached', closedOn });
const reopened = (reopenedOn: string) => event('CaseReopened', { reason: 'new signal', reopenedOn });
const caseAfter = (events: readonly CaseEvent[]) => stateAfter(events) as ExistingCase;
const refusalOf = (act: () => unknown): DomainError => {
  try {
    act();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('retention per kind of record', () => {
  it('names a term and a source for every kind, and marks which sources are still to confirm', () => {
    expect(RETENTION_TERMS.jeugdhulp).toMatchObject({ years: 20, from: 'care-ended', confirmed: true });
    expect(RETENTION_TERMS.jeugdhulp.source).toMatch(/Jeugdwet art\. 7\.3\.8/);
    for (const kind of ['gi', 'veilig-thuis', 'raad'] as const) {
      expect(RETENTION_TERMS[kind].confirmed).toBe(false);
      expect(RETENTION_TERMS[kind].source).toMatch(/confirm/);
    }
  });

  it('knows the kind of a file from its record: every case is jeugdhulp, a court order makes it a GI file', () => {
    expect(recordKindsOf(caseAfter([fromSchool]))).toEqual(['jeugdhulp']);
    expect(recordKindsOf(caseAfter([fromSchool, otsForSanne]))).toEqual(['jeugdhulp', 'gi']);
    expect(recordKindsOf(caseAfter([signalRegistered]))).toEqual(['jeugdhulp', 'veilig-thuis']);
    // Veilig Thuis registered and led the case, or a later signal came from it.
    const byVeiligThuis = event('SignalRegistered', { ...fromSchool.data, registeredBy: 'veilig-thuis' });
    expect(recordKindsOf(caseAfter([byVeiligThuis]))).toEqual(['jeugdhulp', 'veilig-thuis']);
    const laterSignal = event('NewSignalRecorded', {
      signalId: ids.decision,
      receivedAt: '2026-12-01T09:00:00.000Z',
      source: 'veilig-thuis',
      concerns: ['neglect'],
      childIds: [ids.daan],
      description: 'A second report',
      urgency: 'regular',
      safetyAssessmentDueOn: '2026-12-08',
    });
    expect(recordKindsOf(caseAfter([fromSchool, laterSignal]))).toEqual(['jeugdhulp', 'veilig-thuis']);
  });

  it('makes it a Raad file when the Raad took part: a member of a joined Jeugdlink team, its advice, or an appeal it lodged', () => {
    const raadMember = {
      ...jeugdlinkJoined,
      data: {
        ...jeugdlinkJoined.data,
        members: [{ memberId: ids.lead, name: 'Ruben Smit', organisation: 'Raad voor de Kinderbescherming' }],
      },
    };
    expect(recordKindsOf(caseAfter([fromSchool, jeugdlinkRequested, raadMember]))).toContain('raad');
    const advice = event('RaadAdviceRecorded', {
      adviceId: ids.decision,
      courtOrderId: ids.ots,
      childId: ids.sanne,
      requestCaseNumber: 'C/05/123456',
      requestedOn: '2027-09-01',
      advisor: 'Ruben Smit',
      office: 'Raad voor de Kinderbescherming, Arnhem',
      recommendation: 'extend',
      advice: 'Extend by a year',
      advisedOn: '2027-09-20',
    });
    expect(recordKindsOf(caseAfter([fromSchool, otsForSanne, advice]))).toEqual(['jeugdhulp', 'gi', 'raad']);
    // Asked, but never joined: the Raad did not take part.
    expect(recordKindsOf(caseAfter([fromSchool, jeugdlinkRequested]))).not.toContain('raad');
  });

  it('counts from the end of care: the last closure, not one that was reopened; an open case has no term yet', () => {
    expect(careEndedOn(caseAfter([fromSchool]))).toBeNull();
    expect(careEndedOn(caseAfter([fromSchool, closed('2027-01-10'), reopened('2027-03-01')]))).toBeNull();
    expect(careEndedOn(caseAfter([fromSchool, closed('2027-01-10'), reopened('2027-03-01'), closed('2028-02-01')]))).toBe('2028-02-01');
    expect(retentionOf(caseAfter([fromSchool]), DEFAULT_RETENTION_YEARS)).toBeNull();
  });

  it('keeps a jeugdhulp file 20 years after care ends (Jeugdwet 7.3.8)', () => {
    expect(retentionOf(caseAfter([fromSchool, closed('2027-01-10')]), DEFAULT_RETENTION_YEARS)).toMatchObject({
      kinds: ['jeugdhulp'],
      decidingKind: 'jeugdhulp',
      termYears: 20,
      careEndedOn: '2027-01-10',
      retainUntil: '2047-01-10',
    });
  });

  it('keeps a GI file until 30 years after the youngest child comes of age, the longest term deciding for the whole file', () => {
    // Daan, born 2019-03-02, is 18 on 2037-03-02.
    expect(retentionOf(caseAfter([fromSchool, otsForSanne, closed('2027-01-10')]), DEFAULT_RETENTION_YEARS)).toMatchObject({
      kinds: ['jeugdhulp', 'gi'],
      decidingKind: 'gi',
      termYears: 30,
      from: 'majority',
      retainUntil: '2067-03-02',
    });
  });

  it('takes the configured years instead of the defaults', () => {
    const years = { ...DEFAULT_RETENTION_YEARS, jeugdhulp: 15, gi: 1 };
    // One year after Daan's majority is before 15 years after the end of care: the jeugdhulp term decides.
    expect(retentionOf(caseAfter([fromSchool, otsForSanne, closed('2027-01-10')]), years)).toMatchObject({
      decidingKind: 'jeugdhulp',
      termYears: 15,
      retainUntil: '2042-01-10',
    });
  });
});

describe('destroying a file at the end of its term', () => {
  const ended = [fromSchool, closed('2027-01-10')];

  it('is decided the day after the term ends, with the term it ended on', () => {
    expect(decideDestruction(stateAfter(ended), DEFAULT_RETENTION_YEARS, '2047-01-11')).toEqual({
      type: 'CaseFileDestroyed',
      data: {
        ground: {
          kind: 'retention-term-ended',
          kinds: ['jeugdhulp'],
          decidingKind: 'jeugdhulp',
          termYears: 20,
          from: 'care-ended',
          careEndedOn: '2027-01-10',
          retainUntil: '2047-01-10',
          source: RETENTION_TERMS.jeugdhulp.source,
        },
        destroyedOn: '2047-01-11',
      },
    });
  });

  it('is refused on the last day of the term, and on an open case, with a code that says why', () => {
    const early = refusalOf(() => decideDestruction(stateAfter(ended), DEFAULT_RETENTION_YEARS, '2047-01-10'));
    expect(early).toMatchObject({ code: 'RETENTION.TERM_NOT_ENDED', kind: 'rule' });
    expect(early.message).toContain('kept until 2047-01-10');
    const open = refusalOf(() => decideDestruction(stateAfter([fromSchool]), DEFAULT_RETENTION_YEARS, '2090-01-01'));
    expect(open).toMatchObject({ code: 'RETENTION.CARE_NOT_ENDED' });
    expect(refusalOf(() => decideDestruction(stateAfter([]), DEFAULT_RETENTION_YEARS, '2090-01-01'))).toMatchObject({
      code: 'CASE.NOT_FOUND',
    });
  });

  it('happens once, and nothing is decided on the case after it: not even a reopening', () => {
    const destroyed = [...ended, decideDestruction(stateAfter(ended), DEFAULT_RETENTION_YEARS, '2047-01-11')];
    expect(refusalOf(() => decideDestruction(stateAfter(destroyed), DEFAULT_RETENTION_YEARS, '2048-01-01'))).toMatchObject({
      code: 'CASE.DESTROYED',
    });
    given(destroyed)
      .when(command('ReopenCase', { reason: 'new signal' }))
      .thenThrows('CASE.DESTROYED');
  });
});
