import { ExistingCase } from '../state';
import { Moment } from '../decide/guards';
import { CaseEvent } from '../events';
import { DomainError } from '../errors';
import { Requester } from '../voice/voice-values';
import { event, ids, NOW, TODAY, uuid } from './fixtures';
import { stateAfter } from './given-when-then';

export const moment: Moment = { now: NOW, today: TODAY };

export const caseAfter = (events: readonly CaseEvent[]): ExistingCase => stateAfter(events) as ExistingCase;

/** Who of the family asks, with the right family-core's inspectionRight gives them (Sanne is 12, Daan 7 on TODAY). */
export const requesters = {
  sanne: { person: { personId: ids.sanne, as: 'child' }, right: { right: 'file', childIds: [ids.sanne] } },
  daan: { person: { personId: ids.daan, as: 'child' }, right: { right: 'none', reason: 'child-under-12' } },
  mother: { person: { personId: ids.mother, as: 'parent' }, right: { right: 'file', childIds: [ids.sanne, ids.daan] } },
  fatherWithoutAuthority: { person: { personId: ids.father, as: 'parent' }, right: { right: 'information', childIds: [ids.sanne] } },
  grandmother: {
    person: { personId: ids.grandmother, as: 'grandparent' },
    right: { right: 'none', reason: 'no-parent' },
  },
} as const satisfies Record<string, Requester>;

export const voiceIds = { statement: uuid(701), correction: uuid(702), destruction: uuid(703), complaint: uuid(704) } as const;

export const correctionRequested = event('CorrectionRequested', {
  requestId: voiceIds.correction,
  personId: ids.mother,
  aboutEventNumber: 2,
  what: 'I was not at home that night',
  proposed: 'Mother was at work',
  requestedOn: '2026-11-20',
});

export const destructionRequested = event('DestructionRequested', {
  requestId: voiceIds.destruction,
  personId: ids.sanne,
  reason: null,
  requestedOn: '2026-11-20',
  decideBy: '2027-02-20',
});

export const complaintFiled = event('ComplaintFiled', {
  complaintId: voiceIds.complaint,
  personId: ids.mother,
  about: 'The talk of 18 November',
  text: 'I was not heard',
  filedOn: '2026-11-20',
  handleBy: '2027-01-01',
});

export const caseClosed = event('CaseClosed', { reason: 'Help ended', closedOn: '2026-11-21' });

/** The code a pure decider refuses with; undefined when it decides. */
export function codeOf(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}
