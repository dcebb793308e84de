import { CASE_EVENT_SCHEMA_VERSION, type CaseEventType } from '@casus/domain';
import type { EventToAppend } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { actors } from '../../../libs/domain/src/case/testing/fixtures';
import type { Actor } from './people';

/** A domain event as the command path stores it: the acting professional, correlation, causation and schema version in the metadata. */
export const stored = (event: { type: CaseEventType; data: object }, by: Actor = actors.caseTeam): EventToAppend => ({
  id: randomUUID(),
  type: event.type,
  data: { ...event.data },
  metadata: {
    actor: by,
    correlationId: randomUUID(),
    causationId: randomUUID(),
    schemaVersion: CASE_EVENT_SCHEMA_VERSION[event.type],
    command: event.type,
  },
});
