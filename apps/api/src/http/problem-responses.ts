import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { ProblemResponse } from './problem.dto';

const WHEN = {
  400: 'malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID',
  401: 'no valid Bearer token',
  403: 'this role or team may not do this here',
  404: 'no such resource, or not one this user reads (one answer for both)',
  409: 'the resource changed since expectedRevision / If-Match',
  422: "a domain rule refuses the step (the rule's code and message)",
  429: 'too many requests from this user (Retry-After)',
  500: 'an unexpected fault; quote the correlationId',
  503: 'the event store or the read models cannot answer now (Retry-After)',
} as const;
export type ProblemStatus = keyof typeof WHEN;

/** What any signed-in caller may meet on any operation. */
const ANY_CALL: readonly ProblemStatus[] = [400, 401, 403, 404, 429, 500, 503];

const answered = (statuses: readonly ProblemStatus[]) =>
  applyDecorators(
    ApiExtraModels(ProblemResponse),
    ...[...new Set(statuses)].map((status) =>
      ApiResponse({
        status,
        description: WHEN[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
      }),
    ),
  );

/** The problem documents an operation (or every operation of a controller) may answer, each pointing at the one schema. */
export const Problems = (...statuses: ProblemStatus[]) => answered([...ANY_CALL, ...statuses]);

/** For what answers without a token (health, metrics): no 401 or 403 to meet. */
export const PublicProblems = () => answered([400, 404, 429, 500]);
