import type * as Esdb from '@eventstore/db-client';
import { createRequire } from 'node:module';

let loaded: typeof Esdb | undefined;

/**
 * The client is loaded on first use, with Node's own require: jest transforms node_modules, which
 * breaks google-protobuf's top-level `this`, and importing the store library should not cost a
 * gRPC stack to those who never use EventStoreDB.
 */
export function esdbClient(): typeof Esdb {
  loaded ??= createRequire(__filename)('@eventstore/db-client') as typeof Esdb;
  return loaded;
}

/** The client's constants, spelt out so that pure code need not load it; the types keep them honest. */
export const ANY: typeof Esdb.ANY = 'any';
export const NO_STREAM: typeof Esdb.NO_STREAM = 'no_stream';
export const STREAM_EXISTS: typeof Esdb.STREAM_EXISTS = 'stream_exists';
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
