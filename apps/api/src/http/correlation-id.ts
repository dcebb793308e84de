import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { HttpRequest } from './http-types';

export const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify's `genReqId`: the caller's X-Correlation-Id when it is a sane token, else a new UUID. */
export function newCorrelationId(request: IncomingMessage): string {
  const given = request.headers[CORRELATION_HEADER];
  return typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
}

/** The same for the whole request: Fastify made it the request's id (newCorrelationId). */
export const correlationIdOf = (request: HttpRequest): string => request.id;

/** Every answer names its correlation id, refusals of the body parser and the router included. */
export function echoCorrelationId(http: FastifyInstance): void {
  http.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Correlation-Id', request.id);
    done();
  });
}
