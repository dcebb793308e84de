import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '@casus/event-store';
import { caseReasonFieldOf, caseTextFieldsOf } from './case-text-fields';
import { ERASED, open, seal, type Envelope } from './envelope';
import { personalFieldsOf, revealPersonalData, sealedPersonsIn, sealFields, type PersonalField } from './personal-fields';
import type { PersonKeys } from './person-keys';

/** Where keys come from: the table itself, or a process's memory of it (RememberedKeys). */
export type KeySource = Pick<PersonKeys, 'forWriting' | 'forReading'>;

/**
 * Crypto-shredding on the event-store port. Appends seal each personal field under its person's
 * key; every read opens them again, or shows `[erased]` once the key is deleted. The stored form
 * (and so every hash of the chain) is the sealed one and never changes: integrity checks and
 * exports read `stored`, the store underneath.
 */
export class ProtectedEventStore implements EventStore {
  constructor(
    readonly stored: EventStore,
    private readonly keys: KeySource,
  ) {}

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const fields = events.map((event) => ({
      data: fieldsToSeal(streamId, event),
      metadata: caseReasonFieldOf(streamId, event.metadata ?? {}),
    }));
    const persons = [...new Set(fields.flatMap((of) => [...of.data, ...of.metadata].map((field) => field.person)))];
    if (persons.length === 0) return this.stored.appendToStream(streamId, events, options);
    const keys = await this.keys.forWriting(streamId, persons);
    const sealField = (person: string, value: unknown) => seal(keys.get(person)!, person, value);
    const sealed = events.map((event, index) => ({
      ...event,
      data: sealFields(event.data, fields[index].data, sealField),
      ...(event.metadata ? { metadata: sealFields(event.metadata, fields[index].metadata, sealField) } : {}),
    }));
    return this.stored.appendToStream(streamId, sealed, options);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.stored.readStream(streamId, options));
  }

  streamExists(streamId: string): Promise<boolean> {
    return this.stored.streamExists(streamId);
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.stored.readAll(options));
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return this.stored.subscribeToAll({
      ...options,
      handle: async (batch) => options.handle({ ...batch, events: await this.reveal(batch.events) }),
    });
  }

  /** Stored events as people may read them: one key lookup for the whole page, none when it holds no personal data. */
  async reveal(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const persons = sealedPersonsOf(events);
    return persons.length === 0 ? [...events] : openedWith(events, await this.keys.forReading(persons));
  }

  async close(): Promise<void> {
    await this.stored.close();
  }
}

/** A person's own data under their key, the rest of the case's free text under the case's: never a field under both. */
function fieldsToSeal(streamId: string, event: EventToAppend): PersonalField[] {
  const own = personalFieldsOf(event.type, event.data);
  const taken = new Set(own.map((field) => field.path.join('.')));
  return [...own, ...caseTextFieldsOf(streamId, event.type, event.data).filter((field) => !taken.has(field.path.join('.')))];
}

/** The persons whose sealed fields these events hold. */
export function sealedPersonsOf(events: readonly RecordedEvent[]): string[] {
  const persons = new Set<string>();
  for (const event of events) sealedPersonsIn([event.data, event.metadata], persons);
  return [...persons];
}

/** The events with each sealed field opened with its person's key, or `[erased]` where the key is gone. */
export function openedWith(events: readonly RecordedEvent[], keys: ReadonlyMap<string, Buffer>): RecordedEvent[] {
  const openField = (envelope: Envelope) => {
    const key = keys.get(envelope.$personal.person);
    return key ? open(key, envelope) : ERASED;
  };
  return events.map((event) =>
    sealedPersonsIn([event.data, event.metadata]).size === 0
      ? event
      : { ...event, data: revealPersonalData(event.data, openField), metadata: revealPersonalData(event.metadata, openField) },
  );
}
