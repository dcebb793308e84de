import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Problems } from '../../http/problem-responses';
import { CaseStepResponse } from './case-step.dto';

/** The refusals any case step may meet, each answered as a problem with its stable code. */
export const StepRefusals = () => Problems(409, 422);

/** `POST /cases/{caseId}/<step>`: 200 with the new revision, or a problem with the refusal's code. */
export const CaseStep = (path: string, summary: string) =>
  applyDecorators(
    Post(`:caseId/${path}`),
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type: CaseStepResponse }),
    StepRefusals(),
  );
