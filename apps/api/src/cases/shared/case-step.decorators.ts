import { applyDecorators, HttpCode, Post, SetMetadata } from '@nestjs/common';
import type { CaseCommandType } from '@casus/domain';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Problems } from '../../http/problem-responses';
import { CaseStepResponse } from './case-step.dto';

/** The refusals any case step may meet, each answered as a problem with its stable code. */
export const StepRefusals = () => Problems(409, 422);

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
