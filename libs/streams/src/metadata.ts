import type { Role } from '@casus/domain';

/** Who writes besides the roles of the domain: the placement process and an administrator at the command line. */
export type SystemRole = 'process' | 'administrator';

/** Who wrote an event: the acting user as the token names them, or a system writer in its own name. */
export type EventActor = Readonly<{ id: string; role: Role | SystemRole; team: string; organisation: string; name?: string }>;

/** Who writes, why, and in which chain of causes: everything a writer knows about its events but their schema. */
export type Writer = Readonly<{
  actor: EventActor;
  correlationId: string;
  causationId: string | null;
  /** The command the events answer, when a named command caused them. */
  command?: string;
  reason?: string | null;
  /** An erasure names the auditor who authorised it beside the administrator who carried it out. */
  authorisedBy?: Readonly<{ name: string; role: 'auditor' }>;
}>;

/** The metadata every event of every stream carries. */
export type EventMetadata = Readonly<{
  actor: EventActor;
  command?: string;
  reason?: string;
  authorisedBy?: Writer['authorisedBy'];
  correlationId: string;
  causationId: string | null;
  schemaVersion: number;
  recordedAt: string;
}>;

export function eventMetadata(writer: Writer, schemaVersion: number, now: Date): EventMetadata {
  const { id, role, team, organisation, name } = writer.actor;
  return {
    actor: { id, role, team, organisation, ...(name ? { name } : {}) },
    ...(writer.command ? { command: writer.command } : {}),
    ...(typeof writer.reason === 'string' ? { reason: writer.reason } : {}),
    ...(writer.authorisedBy ? { authorisedBy: { ...writer.authorisedBy } } : {}),
    correlationId: writer.correlationId,
    causationId: writer.causationId,
    schemaVersion,
    recordedAt: now.toISOString(),
  };
}

/** Events written before the command path recorded a schema version are version 1, the first released one. */
export function schemaVersionOf(metadata: Readonly<Record<string, unknown>>): number {
  const version = metadata.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : 1;
}
