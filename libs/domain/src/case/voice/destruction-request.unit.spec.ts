import { command, event, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { otsForSanne, signalRegistered, signalWithSanneBornOn } from '../testing/story';
import { caseAfter, caseClosed, codeOf, destructionRequested, moment, requesters, voiceIds } from '../testing/voice';
import { DestructionException } from './voice-values';
import { requestDestruction } from './destruction-request';

const ask = (data: Partial<{ requestId: string; reason: string }> = {}) =>
  command('RequestDestruction', { requestId: voiceIds.destruction, ...data });

const answer = (decision: 'destroy' | 'refuse', exception?: DestructionException) =>
  command('DecideDestruction', {
    requestId: voiceIds.destruction,
    decision,
    reason: 'Weighed against the interests of others in the file',
    ...(exception ? { exception } : {}),
  });

const decided = (decision: 'destroy' | 'refuse') =>
  event('DestructionRequestDecided', {
    requestId: voiceIds.destruction,
    decision,
    exception: decision === 'refuse' ? 'legal-duty' : null,
    reason: 'r',
    decidedOn: '2026-11-22',
  });

describe('a request to destroy the file (Jeugdwet art. 7.3.9)', () => {
  it('is decided within 3 months of the request', () => {
    expect(requestDestruction(ask(), caseAfter([signalRegistered]), moment, requesters.sanne)).toEqual([
      {
        type: 'DestructionRequested',
        data: { requestId: voiceIds.destruction, personId: ids.sanne, reason: null, requestedOn: '2026-11-23', decideBy: '2027-02-23' },
      },
    ]);
    const [asked] = requestDestruction(
      ask({ reason: 'Ik wil opnieuw beginnen' }),
      caseAfter([signalRegistered]),
      moment,
      requesters.mother,
    );
    expect(asked.data).toMatchObject({ personId: ids.mother, reason: 'Ik wil opnieuw beginnen' });
  });

  it('is never asked by a child under 12, not even one day before the birthday', () => {
    const elevenToday = caseAfter([signalWithSanneBornOn('2014-11-24')]);
    expect(codeOf(() => requestDestruction(ask(), elevenToday, moment, requesters.sanne))).toBe('FAMILY.DESTRUCTION_CHILD_UNDER_12');
    expect(codeOf(() => requestDestruction(ask(), caseAfter([signalRegistered]), moment, requesters.daan))).toBe(
      'FAMILY.DESTRUCTION_CHILD_UNDER_12',
    );
    const twelveToday = caseAfter([signalWithSanneBornOn('2014-11-23')]);
    expect(codeOf(() => requestDestruction(ask(), twelveToday, moment, requesters.sanne))).toBeUndefined();
  });

  it('goes with the right to inspect the file: not for a parent without authority, nor another relation', () => {
    const state = caseAfter([signalRegistered]);
    expect(codeOf(() => requestDestruction(ask(), state, moment, requesters.fatherWithoutAuthority))).toBe('FAMILY.NO_FILE_RIGHT');
    expect(codeOf(() => requestDestruction(ask(), state, moment, requesters.grandmother))).toBe('FAMILY.NO_FILE_RIGHT');
  });

  it('is one at a time: a second waits for the first to be decided', () => {
    const waiting = caseAfter([signalRegistered, destructionRequested]);
    expect(codeOf(() => requestDestruction(ask(), waiting, moment, requesters.mother))).toBe('FAMILY.DESTRUCTION_ALREADY_REQUESTED');
    expect(codeOf(() => requestDestruction(ask({ requestId: ids.decision }), waiting, moment, requesters.mother))).toBe(
      'FAMILY.DESTRUCTION_REQUEST_OPEN',
    );
    const refused = caseAfter([signalRegistered, destructionRequested, decided('refuse')]);
    expect(codeOf(() => requestDestruction(ask({ requestId: ids.decision }), refused, moment, requesters.mother))).toBeUndefined();
  });
});

describe('the decision on a request to destroy', () => {
  const closedWithRequest = [signalRegistered, destructionRequested, caseClosed];

  it('destroys the file of a closed case on the ground of the request, as the end of its term would', () => {
    given(closedWithRequest)
      .when(answer('destroy'))
      .then([
        {
          type: 'DestructionRequestDecided',
          data: {
            requestId: voiceIds.destruction,
            decision: 'destroy',
            exception: null,
            reason: 'Weighed against the interests of others in the file',
            decidedOn: '2026-11-23',
          },
        },
        {
          type: 'CaseFileDestroyed',
          data: {
            ground: {
              kind: 'family-request',
              requestId: voiceIds.destruction,
              personId: ids.sanne,
              requestedOn: '2026-11-20',
              decidedOn: '2026-11-23',
            },
            destroyedOn: '2026-11-23',
          },
        },
      ]);
  });

  it('keeps the file on an exception of the law: another’s considerable interest, or a legal duty', () => {
    for (const exception of ['considerable-interest-of-another', 'legal-duty'] as const) {
      given(closedWithRequest)
        .when(answer('refuse', exception))
        .thenEmits([{ type: 'DestructionRequestDecided', data: { decision: 'refuse', exception } }]);
    }
  });

  it('refuses only on an exception, and destroys only without one', () => {
    given(closedWithRequest).when(answer('refuse')).thenThrows('FAMILY.DESTRUCTION_REFUSED_WITHOUT_EXCEPTION');
    given(closedWithRequest).when(answer('destroy', 'legal-duty')).thenThrows('FAMILY.DESTRUCTION_EXCEPTION_WITH_DESTROY');
  });

  it('keeps the file while a court order is in force: the law requires it (a legal duty)', () => {
    given([signalRegistered, otsForSanne, destructionRequested, caseClosed])
      .when(answer('destroy'))
      .thenThrows('FAMILY.DESTRUCTION_LEGAL_DUTY');
    given([signalRegistered, otsForSanne, destructionRequested, caseClosed])
      .when(answer('refuse', 'legal-duty'))
      .thenEmits([{ type: 'DestructionRequestDecided', data: { exception: 'legal-duty' } }]);
  });

  it('destroys once the case is closed: a destroyed file takes no step', () => {
    given([signalRegistered, destructionRequested]).when(answer('destroy')).thenThrows('FAMILY.DESTRUCTION_CASE_OPEN');
  });

  it('answers a request on the case, once, with a reason', () => {
    given([signalRegistered, caseClosed]).when(answer('destroy')).thenThrows('FAMILY.DESTRUCTION_REQUEST_NOT_FOUND');
    given([...closedWithRequest, decided('refuse')])
      .when(answer('destroy'))
      .thenThrows('FAMILY.DESTRUCTION_ALREADY_DECIDED');
    given(closedWithRequest)
      .when({ ...answer('destroy'), data: { ...answer('destroy').data, reason: ' ' } })
      .thenThrows('INPUT.MISSING');
  });

  it('leaves a destroyed file that takes no step after it', () => {
    const [, destroyed] = given(closedWithRequest)
      .when(answer('destroy'))
      .thenEmits([{ type: 'DestructionRequestDecided' }, { type: 'CaseFileDestroyed' }]);
    given([...closedWithRequest, decided('destroy'), destroyed])
      .when(answer('refuse', 'legal-duty'))
      .thenThrows('CASE.DESTROYED');
  });
});
