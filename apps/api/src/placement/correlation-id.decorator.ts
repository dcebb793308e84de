import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { correlationIdOf } from '../http/correlation-id';
import type { HttpRequest } from '../http/http-types';

export const CorrelationId = createParamDecorator((_: unknown, context: ExecutionContext): string =>
  correlationIdOf(context.switchToHttp().getRequest<HttpRequest>()),
);
