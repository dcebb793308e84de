import { applyDecorators, HttpCode, Post, SetMetadata } from '@nestjs/common';
import type { CaseCommandType } from '@casus/domain';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ProblemResponse } from '../../http/problem.dto';
import { CaseStepResponse } from './case-step.dto';

/** The refusals any case step may meet, each answered as a problem with its stable code. */
export const StepRefusals = () =>
  applyDecorators(
    ApiBadRequestResponse({
      type: ProblemResponse,
      description: 'malformed request (field-level messages), e.g. an id not spelled as a lower-case UUID',
    }),
    ApiForbiddenResponse({ type: ProblemResponse, description: 'this role or team reads the case but may not take this step' }),
    ApiNotFoundResponse({ type: ProblemResponse, description: 'no such case, or not one this user reads (one answer for both)' }),
    ApiConflictResponse({ type: ProblemResponse, description: 'the case changed since expectedRevision / If-Match' }),
    ApiUnprocessableEntityResponse({ type: ProblemResponse, description: "a domain rule refuses the step (the rule's code and message)" }),
    ApiUnauthorizedResponse({ type: ProblemResponse, description: 'no valid Bearer token' }),
    ApiServiceUnavailableResponse({ type: ProblemResponse, description: 'the event store cannot be reached now (Retry-After)' }),
  );

/** The metadata key naming the command a route takes: how GET .../steps finds each step's route (case-step-routes.ts). */
export const STEP_COMMAND = 'casus:step-command';

/** Names the command this route takes, for a route that is not a `CaseStep` (registering a signal). */
export const TakesStep = (type: CaseCommandType) => SetMetadata(STEP_COMMAND, type);

/** `POST /cases/{caseId}/<step>`: 200 with the new revision, or a problem with the refusal's code. */
export const CaseStep = (type: CaseCommandType, path: string, summary: string) =>
  applyDecorators(
    TakesStep(type),
    Post(`:caseId/${path}`),
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type: CaseStepResponse }),
    StepRefusals(),
  );
