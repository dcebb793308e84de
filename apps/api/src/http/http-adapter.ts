import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyError } from 'fastify';
import type { HttpRequest, HttpResponse } from './http-types';
import { echoCorrelationId, newCorrelationId } from './correlation-id';
import { noStore } from './no-store';
import { ProblemFilter } from './problem.filter';

/** The HTTP edge every Casus app runs on: Fastify, taking JSON bodies only, every answer with its correlation id and no-store. */
export function casusHttpAdapter(options: { bodyLimitKb?: number } = {}): FastifyAdapter {
  const problems = new ProblemFilter();
  const adapter = new FastifyAdapter({
    bodyLimit: (options.bodyLimitKb ?? 256) * 1024,
    genReqId: newCorrelationId,
    routerOptions: { ignoreTrailingSlash: true },
    // A path the router cannot read (bad percent-encoding) never reaches Nest's filters: answered like every refusal.
    // Mapped as the adapter maps any Fastify error for Nest: a 4xx becomes an HttpException, a 5xx stays unexpected.
    frameworkErrors: (error: FastifyError, request: HttpRequest, reply: HttpResponse) => {
      reply.header('Cache-Control', 'no-store');
      problems.answer(adapter.mapException(error), request, reply);
    },
  });
  const http = adapter.getInstance();
  // A text body is refused (415), not handed to the validation pipe as a string.
  http.removeContentTypeParser('text/plain');
  // At the request's start, before the body is parsed, so a body the parser refuses is answered with these headers too.
  echoCorrelationId(http);
  noStore(http);
  return adapter;
}
