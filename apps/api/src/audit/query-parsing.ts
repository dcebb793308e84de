import { InvalidRequest } from '../http/validation';

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function optionalMoment(field: string, value: unknown): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const moment = typeof value === 'string' && ISO_MOMENT.test(value) ? new Date(value) : undefined;
  if (!moment || Number.isNaN(moment.getTime())) {
    throw new InvalidRequest([{ field, messages: [`${field} must be an ISO 8601 moment, e.g. 2026-11-20T12:00:00Z`] }]);
  }
  return moment;
}

export function optionalCount(field: string, value: unknown, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number | undefined {
  if (value === undefined || value === '') return undefined;
  const count = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(count) || count < min || count > max) {
    throw new InvalidRequest([{ field, messages: [`${field} must be a whole number from ${min} to ${max}`] }]);
  }
  return count;
}

export function optionalChoice<C extends string>(field: string, value: unknown, choices: readonly C[]): C | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as C;
  throw new InvalidRequest([{ field, messages: [`${field} must be one of ${choices.join(', ')}`] }]);
}
