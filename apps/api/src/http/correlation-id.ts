import type { HttpRequest, HttpResponse, Next } from './http-types';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;
const KEY = Symbol('casus:correlation-id');

type Tagged = IncomingMessage & { [KEY]?: string };

/** The caller's X-Correlation-Id when it is a sane token, else a new UUID; the same for the whole request. */
export function correlationIdOf(request: IncomingMessage): string {
  const tagged = request as Tagged;
  if (!tagged[KEY]) {
    const given = request.headers[CORRELATION_HEADER];
    tagged[KEY] = typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
  }
  return tagged[KEY];
}

export function correlationIdMiddleware(request: HttpRequest, response: HttpResponse, next: Next): void {
  response.setHeader('X-Correlation-Id', correlationIdOf(request));
  next();
}
