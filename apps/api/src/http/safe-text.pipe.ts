import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { InvalidRequest } from './validation';

const MAX_DEPTH = 32;
// A high surrogate not followed by a low one, or a low one without a high one before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first place in `value` (a key or a string) that PostgreSQL or a reader cannot keep as sent, or that validation would wave through. */
function unsafeTextIn(value: unknown, path: string, depth = 0): { field: string; message: string } | undefined {
  if (typeof value === 'string') {
    // jsonb refuses U+0000; a lone surrogate would be stored as U+FFFD, i.e. silently changed.
    if (value.includes('\u0000')) return { field: path, message: 'must not contain the NUL character (U+0000)' };
    if (LONE_SURROGATE.test(value)) return { field: path, message: 'must be well-formed Unicode (no lone surrogates)' };
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) return { field: path, message: `must not be nested deeper than ${MAX_DEPTH} levels` };
  for (const [key, child] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    // class-validator's whitelist looks a name up on the DTO instance, where valueOf or constructor is always found;
    // Nest's pipe drops a `prototype` silently before validation, where it must be refused like any unknown field.
    if (key in Object.prototype || key === 'prototype') return { field, message: 'is not a field of this request' };
    const keyProblem = unsafeTextIn(key, field, depth + 1);
    if (keyProblem) return keyProblem;
    const childProblem = unsafeTextIn(child, field, depth + 1);
    if (childProblem) return childProblem;
  }
  return undefined;
}

/** Runs before validation on every body, query and path parameter: refuse text that cannot be stored faithfully, and inherited names as fields. */
export class SafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problem = unsafeTextIn(value, metadata.type === 'body' ? '' : (metadata.data ?? metadata.type));
    if (problem) throw new InvalidRequest([{ field: problem.field || metadata.type, messages: [problem.message] }]);
    return value;
  }
}
