import {
  decideDestruction,
  dutchDateOf,
  Refusal,
  type CaseEvent,
  type CaseFileDestroyed,
  type CaseState,
  type IsoDate,
  type RetentionYears,
} from '@casus/domain';
import type { LogPosition, RecordedEvent } from '@casus/event-store';
import { streamIdForOption, streamIdForPlacement } from '@casus/placement';
import {
  afterConflict,
  caseDecider,
  foldStream,
  handleCommand,
  streamIdForCase,
  type RetryPolicy,
  type StreamDecider,
  type Writer,
} from '@casus/streams';
import { v5 } from 'uuid';
import { sealedPersonsIn } from './personal-fields';
import type { PersonKeys, SqlClient } from './person-keys';
import type { ProtectedEventStore } from './protected-event-store';

// Fixed namespace: one case's destruction always has the same event id, so running it again appends nothing.
const DESTRUCTION_NAMESPACE = '2b7e9c41-5d3a-4f68-8c1e-9a0b7d6e5f43';
export const destructionEventId = (caseId: string): string => v5(`destruction:${caseId}`, DESTRUCTION_NAMESPACE);
/** The id of a step a destruction appends before the file's destruction (the decision on a family's request). */
export const destructionStepId = (caseId: string, step: string): string => v5(`destruction:${caseId}:${step}`, DESTRUCTION_NAMESPACE);

/**
 * How a destruction is decided from the case: the events it appends, the file's destruction last (or only a refusal of
 * it, which destroys nothing). At the end of its term: `atTermEnd`; on a family's request: the case decider's answer.
 */
export type DestructionDecision = (state: CaseState, today: IsoDate) => readonly CaseEvent[];
export const atTermEnd =
  (years: RetentionYears): DestructionDecision =>
  (state, today) => [decideDestruction(state, years, today)];

type Destroy = Readonly<{ decide: DestructionDecision; today: IsoDate }>;
const { codec, initialState, evolve } = caseDecider;
const DESTROY: StreamDecider<CaseState, Destroy, CaseEvent> = {
  codec,
  initialState,
  evolve,
  decide: ({ decide, today }, state) => decide(state, today),
};

/** A person key the file shares with a file still kept: shredding it would destroy that file's data too. */
export class SharedPersonRefusal extends Refusal<'RETENTION.PERSON_IN_KEPT_FILE'> {
  constructor(readonly shared: readonly { personId: string; streamId: string }[]) {
    super(
      'RETENTION.PERSON_IN_KEPT_FILE',
      'conflict',
      `person ${shared.map((s) => `${s.personId} (also in ${s.streamId})`).join(', ')} has personal data in a file that is still kept; ` +
        'destroy that file first, or erase the person on its own authority (casus erase)',
    );
  }
}

export type DestructionRequest = Readonly<{
  caseId: string;
  decide: DestructionDecision;
  destroyedBy: string;
  now: Date;
  /** Who takes the step: an administrator at the command line, unless a professional decides on a request. */
  writer?: Pick<Writer, 'actor' | 'command' | 'reason' | 'correlationId'>;
  /** Who may ask, checked first on every run, a run that finishes an earlier one included (a professional's step). */
  authorise?: (state: CaseState) => void;
  /** Sent by a client: refused on any change of the case since (WrongExpectedRevision), never decided again. */
  expectedRevision?: number;
  /** The ids of the events `decide` appends besides the destruction, which is always `destructionEventId` and last. */
  stepIds?: readonly string[];
  /** How often a run that lost the race on the case decides again; the API's own for its steps, else 10. */
  retry?: RetryPolicy;
}>;

export type DestructionOutcome = Readonly<{
  status: 'destroyed' | 'already-destroyed';
  streamId: string;
  eventId: string;
  ground: CaseFileDestroyed['data']['ground'] | null;
  /** The keys deleted by this run: the case's persons' and the case's own. */
  keysShredded: number;
  /** The case stream's revision after the run, and where its last event is in the log. */
  revision: number;
  position: LogPosition | null;
}>;

/**
 * Destroys a case file as `decide` decides (at the end of its term: `atTermEnd`): the step goes on the
 * case first (who, when, on which ground), then every key of the case is deleted, so its sealed data reads as `[erased]` while every
 * event and hash stays. A run that stopped between the two is finished by running it again. The steps are sealed as any
 * step is (`store`); the persons whose keys go are read from the file as stored.
 */
export async function destroyCaseFile(
  store: ProtectedEventStore,
  keys: PersonKeys,
  db: SqlClient,
  request: DestructionRequest,
): Promise<DestructionOutcome> {
  const retry = request.retry ?? { retries: 10 };
  for (let conflicts = 0; ;) {
    try {
      return await destroyAsRead(store, keys, db, request);
    } catch (error) {
      // Another process wrote to the case after the read: the persons and the kept-file check were of that read, so
      // the whole run is done again on the case as it is now. A client's own expected revision is its answer.
      conflicts = await afterConflict(error, retry, conflicts, request.expectedRevision);
    }
  }
}

/** One run on the case as one read found it: its append is refused if the case changed since. */
async function destroyAsRead(
  store: ProtectedEventStore,
  keys: PersonKeys,
  db: SqlClient,
  request: DestructionRequest,
): Promise<DestructionOutcome> {
  const streamId = streamIdForCase(request.caseId);
  const eventId = destructionEventId(request.caseId);
  const eventIds = [...(request.stepIds ?? []), eventId];
  const caseEvents = await store.stored.readStream(streamId);
  const today = dutchDateOf(request.now);
  const state = foldStream(codec, caseDecider, caseEvents);
  request.authorise?.(state);
  const carriedOut = caseEvents.some((event) => event.id === eventIds[0]);
  // Decided first, so that who may not take the step learns nothing of the other files below.
  if (!carriedOut && request.decide(state, today).at(-1)?.type !== 'CaseFileDestroyed') {
    throw new Error(`case ${request.caseId}: the decision destroys nothing; a refusal is a case step of its own`);
  }
  const file = [streamId, ...processStreamsOf(caseEvents)];
  const persons = sealedPersonsIn(caseEvents.map((event) => event.data));
  persons.add(request.caseId);
  await refuseSharedPersons(db, file, [...persons]);
  const writer: Writer = {
    actor: { id: request.destroyedBy, role: 'administrator', team: '', organisation: 'casus-cli' },
    command: 'DestroyCaseFile',
    correlationId: eventId,
    ...request.writer,
    causationId: null,
  };
  const { events, revision, position } = await handleCommand(
    store,
    DESTROY,
    streamId,
    { decide: request.decide, today },
    { writer, now: request.now, eventIds: (index) => eventIds[index], expectedRevision: request.expectedRevision ?? caseEvents.length - 1 },
    { retries: 0 },
  );
  let keysShredded = 0;
  for (const person of persons)
    if (await keys.erase(person, request.destroyedBy, `file of case ${request.caseId} destroyed`)) keysShredded += 1;
  const destroyed = events.find((event): event is CaseFileDestroyed => event.type === 'CaseFileDestroyed');
  return {
    status: destroyed ? 'destroyed' : 'already-destroyed',
    streamId,
    eventId,
    ground: destroyed?.data.ground ?? null,
    keysShredded,
    revision,
    position,
  };
}

/**
 * The streams that belong to the file besides the case's own: its placements' processes, and the
 * places opened for a family proposed from the child's network (their data sealed under that member).
 */
function processStreamsOf(events: readonly RecordedEvent[]): string[] {
  const placements = events.flatMap((event) => (typeof event.data.placementId === 'string' ? [event.data.placementId] : []));
  const networkPlaces = events.flatMap((event) =>
    event.type === 'NetworkFamilyProposed' && typeof event.data.optionId === 'string' ? [event.data.optionId] : [],
  );
  return [...new Set([...placements.map(streamIdForPlacement), ...networkPlaces.map(streamIdForOption)])];
}

async function refuseSharedPersons(db: SqlClient, file: readonly string[], persons: readonly string[]): Promise<void> {
  // jsonb prints an envelope's person as `"person": "<uuid>"`; a stream that only names the id holds none of their data.
  const { rows } = await db.query<{ person_id: string; stream_id: string }>(
    `SELECT DISTINCT p.person_id, e.stream_id
       FROM unnest($2::text[]) AS p(person_id)
       JOIN events e ON e.stream_id <> ALL ($1::text[]) AND e.data::text LIKE '%"person": "' || p.person_id || '"%'
      ORDER BY 1, 2`,
    [file, persons],
  );
  if (rows.length > 0) throw new SharedPersonRefusal(rows.map((row) => ({ personId: row.person_id, streamId: row.stream_id })));
}
