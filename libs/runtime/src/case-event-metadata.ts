import { CASE_EVENT_SCHEMA_VERSION, type CaseCommand, type CaseEvent } from '@casus/domain';

export type Acting = Readonly<{ id: string; role: string; team: string; organisation: string; name?: string }>;

/** Who did a step, why, and in which chain of causes: the metadata every case event carries. */
export function caseEventMetadata(
  event: CaseEvent,
  command: CaseCommand,
  acting: Acting,
  chain: Readonly<{ correlationId: string; causationId: string }>,
  now: Date,
): Record<string, unknown> {
  const { id, role, team, organisation, name } = acting;
  const reason = (command.data as { reason?: unknown }).reason;
  return {
    actor: { id, role, team, organisation, ...(name ? { name } : {}) },
    ...(typeof reason === 'string' ? { reason } : {}),
    command: command.type,
    correlationId: chain.correlationId,
    causationId: chain.causationId,
    schemaVersion: CASE_EVENT_SCHEMA_VERSION[event.type],
    recordedAt: now.toISOString(),
  };
}
