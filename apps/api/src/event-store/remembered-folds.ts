import type { CaseState } from '@casus/domain';
import { readsWholeStream, type EventStore, type RecordedEvent } from '@casus/event-store';
import { openedWith, sealedPersonsOf, type ProtectedEventStore, type RememberedKeys } from '@casus/privacy';
import { foldCase } from '@casus/streams';

/** A stream's first `through` events, the last of them `lastId`: stored events never change, so this still starts the stream. */
type Prefix = Readonly<{ through: number; lastId: string }>;
type Sealed = Prefix & Readonly<{ state: CaseState; persons: readonly string[] }>;
type Opened = Prefix & Readonly<{ events: readonly RecordedEvent[]; state: CaseState }>;

export type SealedFold = Readonly<{ state: CaseState; persons: readonly string[] }>;
export type OpenedFold = Readonly<{ events: readonly RecordedEvent[]; state: CaseState }>;

/**
 * A process's memory of the case streams it read whole, for reads and steps: their state folded as stored (who may read is decided on it),
 * the persons sealed in them, and the events opened and folded again. A read then decodes, opens and folds only the
 * events appended since. What is opened holds for one count of deleted person keys (RememberedKeys): the caller passes
 * the count its keys hold for, only once its access-log line has confirmed it, and another count forgets every
 * opened stream. The streams read least recently are let go beyond `maxStreams`.
 */
export class RememberedFolds {
  private readonly sealed = new Map<string, Sealed>();
  private readonly opened = new Map<string, Opened>();
  /** The count of deleted keys the opened streams hold for. */
  private erasures: bigint | undefined;

  constructor(private readonly maxStreams = 10_000) {}

  /** The whole stream's state as stored and the persons sealed in it. */
  sealedFold(streamId: string, events: readonly RecordedEvent[]): SealedFold {
    const known = continued(this.sealed.get(streamId), events);
    const tail = events.slice(known?.through ?? 0);
    // Most reads find nothing new: what is remembered is answered as it is, not copied.
    const persons = tail.length === 0 && known ? known.persons : [...new Set([...(known?.persons ?? []), ...sealedPersonsOf(tail)])];
    const state = foldCase(tail, known?.state);
    if (events.length > 0) this.keep(this.sealed, streamId, { ...prefixOf(events), state, persons });
    return { state, persons };
  }

  /** The events opened with `keys`, which hold for `erasures` (as the read's access-log line read it), and their fold. */
  openedFold(streamId: string, events: readonly RecordedEvent[], keys: ReadonlyMap<string, Buffer>, erasures: string): OpenedFold {
    const count = BigInt(erasures);
    // An answer that set out before a newer count was seen is opened for itself alone.
    if (this.erasures !== undefined && count < this.erasures) return this.openWhole(events, keys);
    if (count !== this.erasures) {
      this.opened.clear();
      this.erasures = count;
    }
    const known = continued(this.opened.get(streamId), events);
    const tail = openedWith(events.slice(known?.through ?? 0), keys);
    const opened = {
      events: known && tail.length > 0 ? [...known.events, ...tail] : (known?.events ?? tail),
      state: foldCase(tail, known?.state),
    };
    if (events.length > 0) this.keep(this.opened, streamId, { ...prefixOf(events), ...opened });
    return opened;
  }

  /** For a part of a stream (a former team's): folded anew, not remembered. */
  openWhole(events: readonly RecordedEvent[], keys: ReadonlyMap<string, Buffer>): OpenedFold {
    const opened = openedWith(events, keys);
    return { events: opened, state: foldCase(opened) };
  }

  private keep<T>(memory: Map<string, T>, streamId: string, value: T): void {
    memory.delete(streamId);
    memory.set(streamId, value);
    for (const oldest of memory.keys()) {
      if (memory.size <= this.maxStreams) break;
      memory.delete(oldest);
    }
  }
}

/** What is remembered, if `events` go on from it; otherwise (a shorter or another stream) nothing. */
function continued<T extends Prefix>(known: T | undefined, events: readonly RecordedEvent[]): T | undefined {
  return known && events.length >= known.through && events[known.through - 1].id === known.lastId ? known : undefined;
}

const prefixOf = (events: readonly RecordedEvent[]): Prefix => ({ through: events.length, lastId: events.at(-1)!.id });

/**
 * The case streams as a step reads them to decide (REMEMBERING_EVENT_STORE's, whole reads opened from `folds`): with
 * the process's remembered keys, as the protected store opens them, so a step opens only the events after what was
 * opened before. A step answers nothing of what it opened; what it appends is sealed by `store`, with keys from the
 * table, which refuses an erased person.
 */
export function caseStepStreams(store: ProtectedEventStore, keys: Pick<RememberedKeys, 'held'>, folds: RememberedFolds): EventStore {
  return {
    appendToStream: (streamId, events, options) => store.appendToStream(streamId, events, options),
    async readStream(streamId, options) {
      if (!readsWholeStream(options)) return store.readStream(streamId, options);
      const sealed = await store.stored.readStream(streamId, options);
      const held = await keys.held(folds.sealedFold(streamId, sealed).persons);
      return [...folds.openedFold(streamId, sealed, held.keys, held.erasures).events];
    },
    streamExists: (streamId) => store.streamExists(streamId),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    close: () => store.close(),
  };
}
