import type { FastifyInstance } from 'fastify';

/**
 * Every answer may carry case data, refusals and problem details included: none may stay behind in a
 * browser's cache on a shared computer or in a proxy between the municipality and Casus.
 */
export function noStore(http: FastifyInstance): void {
  http.addHook('onRequest', (_request, reply, done) => {
    reply.header('Cache-Control', 'no-store');
    done();
  });
}
