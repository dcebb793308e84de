export type Uuid = string;

/**
 * An id has one spelling, the lower-case UUID: stream ids are text and compare byte for byte, while
 * PostgreSQL's uuid type folds case, so two spellings of one id would be two streams but one case.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const UUID_SPELLING = 'a UUID in lower case, e.g. 3f2c1a9e-8b7d-4c6e-9f01-23456789abcd';

export const isUuid = (value: unknown): value is Uuid => typeof value === 'string' && UUID.test(value);

const UUID_IN_ANY_LETTER_CASE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Another letter case of an id is the same id (DOMAIN.md, Rules), so the edge folds it to the one
 * spelling; anything else (look-alikes, whitespace, braces) comes back as it came, to be refused.
 */
export const canonicalUuid = (value: unknown): unknown =>
  typeof value === 'string' && UUID_IN_ANY_LETTER_CASE.test(value) ? value.toLowerCase() : value;

/** For stream ids: a wrong spelling here is a bug of the caller, as the edge refuses it first. */
export function requireUuid(value: unknown, what: string): Uuid {
  if (!isUuid(value)) throw new TypeError(`${what} is ${UUID_SPELLING}, got ${JSON.stringify(value)}`);
  return value;
}
