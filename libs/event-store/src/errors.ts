import type { ExpectedRevision } from './types';

export class WrongExpectedRevision extends Error {
  readonly code = 'EVENT_STORE.WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at revision ${actual === -1 ? '(none)' : actual}, expected ${expected}`);
    this.name = 'WrongExpectedRevision';
  }
}

/** The same event id was appended before with different content or to another stream. */
export class DuplicateEventId extends Error {
  readonly code = 'EVENT_STORE.DUPLICATE_EVENT_ID';
  constructor(readonly eventId: string) {
    super(`event id ${eventId} was already used for another event`);
    this.name = 'DuplicateEventId';
  }
}

/** The store cannot be reached now; the operation may be retried later. */
export class EventStoreUnavailable extends Error {
  readonly code = 'EVENT_STORE.UNAVAILABLE';
  constructor(cause: unknown) {
    super('the event store is unavailable', { cause });
    this.name = 'EventStoreUnavailable';
  }
}
