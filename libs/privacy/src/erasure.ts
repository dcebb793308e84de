import { dutchDateOf, type CaseEvent, type CaseState, type PersonalDataErased } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { caseDecider, handleCommand, streamIdForCase, type StreamDecider } from '@casus/streams';
import { v5 } from 'uuid';
import type { PersonKeys } from './person-keys';

// Fixed namespace: one person's erasure always has the same event id, so running it again appends nothing.
const ERASURE_NAMESPACE = '6f0c3b8e-2d4a-5c71-9e3f-8a1b2c3d4e5f';
export const erasureEventId = (personId: string): string => v5(`erasure:${personId}`, ERASURE_NAMESPACE);

// The erasure's event is decided outside the case (an administrator at the command line): it is recorded as it is.
const { codec, initialState, evolve } = caseDecider;
const RECORD_ERASURE: StreamDecider<CaseState, PersonalDataErased, CaseEvent> = { codec, initialState, evolve, decide: (event) => [event] };

// A professional may write to the case meanwhile: the erasure is recorded after their step.
const ERASURE_RETRY = { retries: 10 };

export type ErasureRequest = Readonly<{
  personId: string;
  reason: string;
  /** The auditor who authorised the erasure. */
  authorisedBy: string;
  /** The administrator who carries it out. */
  erasedBy: string;
  now: Date;
}>;

export type ErasureOutcome =
  | Readonly<{ status: 'erased'; streamId: string; eventId: string }>
  | Readonly<{ status: 'already-erased'; streamId: string; erasedAt: Date }>
  | Readonly<{ status: 'unknown' }>;

/**
 * Erases a person's personal data (AVG art. 17) by deleting their key. The reason goes on the case
 * first, so the log says who erased what and why; then the key goes. A run that stopped between the
 * two is finished by running it again: the reason event is not written twice.
 */
export async function erasePerson(store: EventStore, keys: PersonKeys, request: ErasureRequest): Promise<ErasureOutcome> {
  if (!request.reason.trim()) throw new Error('an erasure needs a reason');
  if (!request.authorisedBy.trim()) throw new Error('an erasure needs the auditor who authorised it');
  const known = await keys.find(request.personId);
  if (!known) return { status: 'unknown' };
  // The case's own key (its professionals' text) goes only with the whole file.
  if (known.streamId === streamIdForCase(request.personId)) {
    throw new Error(`${request.personId} is a case, not a person: a case file is destroyed with \`casus retention destroy\``);
  }
  if (known.erasedAt) return { status: 'already-erased', streamId: known.streamId, erasedAt: known.erasedAt };
  const event: PersonalDataErased = {
    type: 'PersonalDataErased',
    data: { personId: request.personId, reason: request.reason, authorisedBy: request.authorisedBy, erasedOn: dutchDateOf(request.now) },
  };
  const eventId = erasureEventId(request.personId);
  const writer = {
    actor: { id: request.erasedBy, role: 'administrator' as const, team: '', organisation: 'casus-cli' },
    authorisedBy: { name: request.authorisedBy, role: 'auditor' as const },
    reason: request.reason,
    command: 'ErasePersonalData',
    correlationId: eventId,
    causationId: null,
  };
  await handleCommand(store, RECORD_ERASURE, known.streamId, event, { writer, now: request.now, eventIds: () => eventId }, ERASURE_RETRY);
  await keys.erase(request.personId, request.erasedBy, request.reason);
  return { status: 'erased', streamId: known.streamId, eventId };
}
