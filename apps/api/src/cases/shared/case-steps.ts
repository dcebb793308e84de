import { createParamDecorator, Injectable, type ExecutionContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { caseCommand, type CaseCommandType } from '@casus/domain';
import { headerOf, type HttpRequest } from '../../http/http-types';
import type { Principal } from '@casus/runtime';
import { correlationIdOf } from '../../http/correlation-id';
import { InvalidRequest } from '../../http/validation';
import { ExecuteCaseCommand, type CaseStepContext, type CaseStepResult } from './execute-case-command';
import type { CaseStepBody, CaseStepData } from './case-step.dto';

/** `If-Match: "3"` (an ETag from GET /cases/{id}) or `If-Match: 3`. */
function revisionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(header.trim());
  if (!match) throw new InvalidRequest([{ field: 'If-Match', messages: ['If-Match must be a case revision, e.g. "3"'] }]);
  return Number(match[1]);
}

/**
 * The step's data as the event will store it, apart from the revision the client expects: validated DTOs are
 * class instances (nested ones too), and a field the class declares but the client left out holds `undefined`.
 */
function plainStep<T extends CaseCommandType>({ expectedRevision, ...data }: CaseStepBody<T>) {
  const plain: CaseStepData<T> = JSON.parse(JSON.stringify(data));
  return { expectedRevision, data: plain };
}

/** Who acts, under which correlation id, and at which revision the client expects the case. */
export const StepContext = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<HttpRequest & { principal: Principal }>();
  return {
    principal: request.principal,
    correlationId: correlationIdOf(request),
    expectedRevision: revisionFromIfMatch(headerOf(request, 'if-match')),
  } satisfies CaseStepContext;
});

/** Turns a validated request body into the domain command and sends it over the CommandBus. */
@Injectable()
export class CaseSteps {
  constructor(private readonly commandBus: CommandBus) {}

  run<T extends CaseCommandType>(type: T, caseId: string, body: CaseStepBody<T>, context: CaseStepContext): Promise<CaseStepResult> {
    const { expectedRevision, data } = plainStep(body);
    const { id, role, team, organisation } = context.principal;
    const command = caseCommand(type, caseId, data, { id, role, team, organisation });
    if (expectedRevision !== undefined && context.expectedRevision !== undefined && expectedRevision !== context.expectedRevision) {
      throw new InvalidRequest([{ field: 'expectedRevision', messages: ['expectedRevision and If-Match disagree'] }]);
    }
    return this.commandBus.execute(
      new ExecuteCaseCommand(command, { ...context, expectedRevision: expectedRevision ?? context.expectedRevision }),
    );
  }
}
