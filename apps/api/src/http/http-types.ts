import type { FastifyReply, FastifyRequest } from 'fastify';

// The edge runs on Fastify (createApp): a request and a reply as Nest hands them to guards, pipes and controllers.
export type HttpRequest = FastifyRequest;
export type HttpResponse = FastifyReply;

/** One request header as a single value: a repeated header counts as absent, as no Casus header may repeat. */
export function headerOf(request: HttpRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** The path without its query string: a query may name a person (a search) or carry a token. */
export const pathOf = (request: HttpRequest): string => request.url.split('?', 1)[0];
