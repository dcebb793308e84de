import {
  CASE_EVENT_SCHEMA_VERSION,
  safetyAssessmentDueOn,
  type CaseEvent,
  type CaseEventType,
  type Urgency,
} from '@casus/domain';
import type { JsonObject, RecordedEvent } from '@casus/event-store';

/** Turns the data of one schema version of an event type into the next version's data. */
export type Upcaster = (data: JsonObject) => JsonObject;

/**
 * The stored `type` never changes; its shape does. Events are stored as written, hashed as written,
 * and only read through these upcasters, so a years-old case still replays and still verifies.
 */
export class UpcasterRegistry {
  private readonly upcasters = new Map<string, Upcaster>();

  register(eventType: CaseEventType, fromVersion: number, upcaster: Upcaster): this {
    this.upcasters.set(`${eventType}@${fromVersion}`, upcaster);
    return this;
  }

  /** The event's data in the domain's current schema version; throws when no path leads there. */
  upcast(type: string, data: JsonObject, storedVersion: number): JsonObject {
    const current = CASE_EVENT_SCHEMA_VERSION[type as CaseEventType];
    if (current === undefined) throw new Error(`unknown case event type ${type}`);
    let version = storedVersion;
    let upcasted = data;
    while (version < current) {
      const upcaster = this.upcasters.get(`${type}@${version}`);
      if (!upcaster) throw new Error(`no upcaster for ${type} schema version ${version} (current ${current})`);
      upcasted = upcaster(upcasted);
      version += 1;
    }
    if (version > current) throw new Error(`${type} schema version ${storedVersion} is newer than this build knows (${current})`);
    return upcasted;
  }
}

/** Events written before the command path recorded a schema version are version 1, the first released one. */
export function schemaVersionOf(metadata: JsonObject): number {
  const version = metadata.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : 1;
}

/**
 * Version 0 is the pilot's import format (FoodValley, before Casus): one child per signal, one
 * free-text concern, and no stored deadline. Version 1 lists children and concerns and stores the
 * safety-assessment due date, which the upcaster computes the way the domain does at registration.
 */
export const signalRegisteredV0ToV1: Upcaster = (data) => {
  const { child, concern, ...rest } = data as JsonObject & { child?: unknown; concern?: unknown };
  const receivedAt = String(rest.receivedAt);
  const urgency = (rest.urgency ?? 'regular') as Urgency;
  return {
    ...rest,
    urgency,
    children: Array.isArray(rest.children) ? rest.children : child ? [child] : [],
    concerns: Array.isArray(rest.concerns) ? rest.concerns : concern ? [concern] : [],
    safetyAssessmentDueOn: rest.safetyAssessmentDueOn ?? safetyAssessmentDueOn(receivedAt, urgency),
  };
};

/**
 * Version 1 asked "Jeugdlink" without naming a team, and any Jeugdlink team could join. Version 2
 * names the one team that may join; an old request names none, so nobody joins on it until the
 * case lead asks again and names the team.
 */
export const jeugdlinkRequestedV1ToV2: Upcaster = (data) => ({ ...data, team: null });

export const caseUpcasters = (): UpcasterRegistry =>
  new UpcasterRegistry()
    .register('SignalRegistered', 0, signalRegisteredV0ToV1)
    .register('JeugdlinkRequested', 1, jeugdlinkRequestedV1ToV2);

const defaultRegistry = caseUpcasters();

/** A stored case event as the domain's current `CaseEvent`. */
export function toCaseEvent(event: Pick<RecordedEvent, 'type' | 'data' | 'metadata'>, registry = defaultRegistry): CaseEvent {
  const data = registry.upcast(event.type, event.data, schemaVersionOf(event.metadata));
  return { type: event.type, data } as unknown as CaseEvent;
}
