import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CaseStepResponse } from './case-step.dto';

/** `POST /cases/{caseId}/<step>`: 200 with the new revision, or a problem with the refusal's code. */
export const CaseStep = (path: string, summary: string) =>
  applyDecorators(
    Post(`:caseId/${path}`),
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type: CaseStepResponse }),
    ApiBadRequestResponse({ description: 'malformed request (field-level messages)' }),
    ApiForbiddenResponse({ description: 'this role or team may not take this step on this case' }),
    ApiNotFoundResponse({ description: 'no such case' }),
    ApiConflictResponse({ description: 'the case changed since expectedRevision / If-Match' }),
    ApiUnprocessableEntityResponse({ description: "a domain rule refuses the step (the rule's code and message)" }),
  );
