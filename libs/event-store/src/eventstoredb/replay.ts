import canonicalize from 'canonicalize';
import { DuplicateEventId } from '../errors';
import type { EventToAppend, RecordedEvent } from '../types';

/**
 * How many of a stream's latest events a retry under 'any' / 'stream-exists' is looked for in.
 * A retry that comes back after more later events than this is no longer recognised.
 */
export const REPLAY_WINDOW = 200;

function sameEvent(stored: RecordedEvent, given: EventToAppend): boolean {
  return (
    stored.id === given.id &&
    stored.type === given.type &&
    canonicalize(stored.data) === canonicalize(given.data) &&
    canonicalize(stored.metadata) === canonicalize(given.metadata)
  );
}

/**
 * Where `events` were appended before, among `stored` (a stretch of one stream in revision
 * order): the last of their stored copies, or undefined when none of their ids is there. An id
 * that is there with other content, or out of its batch's order, is a different event under a
 * known id.
 */
export function findReplay(stored: readonly RecordedEvent[], events: readonly EventToAppend[]): RecordedEvent | undefined {
  const start = stored.findIndex((event) => event.id === events[0].id);
  if (start === -1) {
    const reused = events.find((given) => stored.some((event) => event.id === given.id));
    if (reused) throw new DuplicateEventId(reused.id);
    return undefined;
  }
  const copy = stored.slice(start, start + events.length);
  if (copy.length !== events.length || copy.some((event, index) => !sameEvent(event, events[index]))) {
    throw new DuplicateEventId(events[0].id);
  }
  return copy.at(-1);
}
