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
import { ERASED, open, seal } from './envelope';
import { personalFieldsOf, revealPersonalData, sealedPersonsIn, sealPersonalData } from './personal-fields';
import type { PersonKeys } from './person-keys';

/**
 * Crypto-shredding on the event-store port. Appends seal each personal field under its person's
 * key; every read opens them again, or shows `[erased]` once the key is deleted. The stored form
 * (and so every hash of the chain) is the sealed one and never changes: integrity checks and
 * exports read `stored`, the store underneath.
 */
export class ProtectedEventStore implements EventStore {
  constructor(
    readonly stored: EventStore,
    private readonly keys: PersonKeys,
  ) {}

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const persons = [...new Set(events.flatMap((event) => personalFieldsOf(event.type, event.data).map((field) => field.person)))];
    if (persons.length === 0) return this.stored.appendToStream(streamId, events, options);
    const keys = await this.keys.forWriting(streamId, persons);
    const sealed = events.map((event) => ({
      ...event,
      data: sealPersonalData(event.type, event.data, (person, value) => seal(keys.get(person)!, person, value)),
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
    const persons = new Set<string>();
    for (const event of events) sealedPersonsIn(event.data, persons);
    if (persons.size === 0) return [...events];
    const keys = await this.keys.forReading([...persons]);
    return events.map((event) =>
      sealedPersonsIn(event.data).size === 0
        ? event
        : {
            ...event,
            data: revealPersonalData(event.data, (envelope) => {
              const key = keys.get(envelope.$personal.person);
              return key ? open(key, envelope) : ERASED;
            }),
          },
    );
  }

  async close(): Promise<void> {
    await this.stored.close();
  }
}
