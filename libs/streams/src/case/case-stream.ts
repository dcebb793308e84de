import { CASE_EVENT_SCHEMA_VERSION, decide, evolve, initialState, type CaseCommand, type CaseEvent, type CaseState } from '@casus/domain';
import { foldStream, streamCodec, type Stored } from '../codec';
import type { StreamDecider } from '../handle-command';
import type { EventActor, Writer } from '../metadata';
import { CASE_UPCASTERS } from './case-upcasters';

/** `case-<uuid>` streams: every reader and writer of a case goes through this codec. */
export const caseCodec = streamCodec<CaseEvent>('case', CASE_EVENT_SCHEMA_VERSION, CASE_UPCASTERS);

export const toCaseEvent = (event: Stored): CaseEvent => caseCodec.decode(event);

export const caseDecider: StreamDecider<CaseState, CaseCommand, CaseEvent> = { codec: caseCodec, initialState, evolve, decide };

export const foldCase = (events: readonly Stored[], from?: CaseState): CaseState => foldStream(caseCodec, caseDecider, events, from);

/**
 * Who writes a case command's events: the command's name and the reason it gives go into their metadata. A family
 * member who acts is named by their account only: their name, and the reason they give (in the event's data, sealed
 * under them), are their personal data, which an erasure must reach.
 */
export function caseCommandWriter(
  command: CaseCommand,
  actor: EventActor,
  chain: Readonly<{ correlationId: string; causationId: string }>,
): Writer {
  if (actor.role === 'family') {
    const { id, role, team, organisation } = actor;
    return { actor: { id, role, team, organisation }, command: command.type, reason: null, ...chain };
  }
  const reason = (command.data as { reason?: unknown }).reason;
  return { actor, command: command.type, reason: typeof reason === 'string' ? reason : null, ...chain };
}
