import type * as Esdb from '@eventstore/db-client';

let loaded: typeof Esdb | undefined;

/**
 * The client is loaded on first use: importing the store library should not cost a gRPC stack to
 * those who never use EventStoreDB.
 */
export function esdbClient(): typeof Esdb {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use, for the reason above
  loaded ??= withSelfDefined(() => require('@eventstore/db-client') as typeof Esdb);
  return loaded;
}

/**
 * google-protobuf starts with `this || self`. Node runs it with `this` set, but jest transforms
 * node_modules as ES modules, where top-level `this` is undefined, and Node has no `self`. The
 * global is lent under that name for the duration of the load only.
 */
function withSelfDefined<T>(load: () => T): T {
  const global = globalThis as { self?: unknown };
  if (global.self !== undefined) return load();
  global.self = globalThis;
  try {
    return load();
  } finally {
    delete global.self;
  }
}

/** The client's constants, spelt out so that pure code need not load it; the types keep them honest. */
export const ANY: typeof Esdb.ANY = 'any';
export const NO_STREAM: typeof Esdb.NO_STREAM = 'no_stream';
export const START: typeof Esdb.START = 'start';
export const END: typeof Esdb.END = 'end';
export const FORWARDS: typeof Esdb.FORWARDS = 'forwards';
export const BACKWARDS: typeof Esdb.BACKWARDS = 'backwards';
export const STREAM_NAME: typeof Esdb.STREAM_NAME = 'streamName';
export const EVENT_TYPE: typeof Esdb.EVENT_TYPE = 'eventType';

type ErrorTypeValue = `${Esdb.ErrorType}`;
export const ERROR = {
  wrongExpectedVersion: 'wrong-expected-version',
  streamNotFound: 'stream-not-found',
  unavailable: 'unavailable',
  deadlineExceeded: 'deadline-exceeded',
  timeout: 'timeout',
  notLeader: 'not-leader',
  cancelled: 'cancelled',
  accessDenied: 'access-denied',
  invalidArgument: 'invalid-argument',
  unsupported: 'unsupported',
} as const satisfies Record<string, ErrorTypeValue>;
