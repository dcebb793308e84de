import type { EventToAppend, JsonObject, RecordedEvent } from '@casus/event-store';
import { eventMetadata, schemaVersionOf, type Writer } from './metadata';

export type StreamEvent = Readonly<{ type: string; data: object }>;

/** Turns the data of one schema version of an event type into the next version's data. */
export type Upcaster = (data: JsonObject) => JsonObject;

/** Each upcaster under `<type>@<version it reads>`. */
export type Upcasters<E extends StreamEvent> = Partial<Record<`${E['type']}@${number}`, Upcaster>>;

export type Stored = Pick<RecordedEvent, 'type' | 'data' | 'metadata'>;

/** A stream kind's events as the store holds them and as the domain reads them. */
export interface StreamCodec<E extends StreamEvent> {
  /** The stored event in the current schema version; throws when no path leads there. */
  decode(event: Stored): E;
  encode(event: E, id: string, writer: Writer, now: Date): EventToAppend;
}

/**
 * The stored `type` never changes; its shape does. Events are stored as written, hashed as written,
 * and only read through the upcasters, so a years-old stream still replays and still verifies.
 */
export function streamCodec<E extends StreamEvent>(
  kind: string,
  schemaVersions: Readonly<Record<E['type'], number>>,
  upcasters: Upcasters<E> = {},
): StreamCodec<E> {
  const currentVersion = (type: string): number => {
    const current = (schemaVersions as Readonly<Record<string, number>>)[type];
    if (current === undefined) throw new Error(`unknown ${kind} event type ${type}`);
    return current;
  };
  const upcast = (type: string, data: JsonObject, storedVersion: number): JsonObject => {
    const current = currentVersion(type);
    let version = storedVersion;
    let upcasted = data;
    while (version < current) {
      const upcaster = (upcasters as Readonly<Record<string, Upcaster | undefined>>)[`${type}@${version}`];
      if (!upcaster) throw new Error(`no upcaster for ${type} schema version ${version} (current ${current})`);
      upcasted = upcaster(upcasted);
      version += 1;
    }
    if (version > current) throw new Error(`${type} schema version ${storedVersion} is newer than this build knows (${current})`);
    return upcasted;
  };
  return {
    // The one place a stored event becomes a typed one: its type is known and its data is upcast to that type's schema.
    decode: (event) => ({ type: event.type, data: upcast(event.type, event.data, schemaVersionOf(event.metadata)) }) as StreamEvent as E,
    encode: (event, id, writer, now) => ({
      id,
      type: event.type,
      data: { ...event.data },
      metadata: eventMetadata(writer, currentVersion(event.type), now),
    }),
  };
}

/** A stream's state: its events decoded and folded in order, onto `from` (the state of the events before them) when given. */
export function foldStream<S, E extends StreamEvent>(
  codec: StreamCodec<E>,
  fold: Readonly<{ initialState: () => S; evolve: (state: S, event: E) => S }>,
  events: readonly Stored[],
  from: S = fold.initialState(),
): S {
  let state = from;
  for (const event of events) state = fold.evolve(state, codec.decode(event));
  return state;
}
