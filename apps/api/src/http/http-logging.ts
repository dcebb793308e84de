import type { Settings } from '@casus/runtime';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { pathOf } from './http-types';

/** The process's one pino logger. */
export function processLog(level: Settings['logLevel'], destination: { write(line: string): void } = process.stdout): Logger {
  return pino(
    {
      level,
      // Belt and braces: whatever a handler or filter logs, tokens, bodies and a failed query's values stay out.
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.body',
          'err.parameters',
          'err.detail',
          'err.driverError.parameters',
          'err.driverError.detail',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/**
 * One line per answered request, by method, path, status and correlation id only: bodies, query strings (a search by
 * name, an `?access_token=`) and tokens carry personal data.
 */
export function logRequests(http: FastifyInstance, logger: Logger): void {
  http.addHook('onResponse', async (request, reply) => {
    logger.info(
      {
        req: { id: request.id, method: request.method, url: pathOf(request) },
        res: { statusCode: reply.statusCode },
        responseTime: reply.elapsedTime,
      },
      'request completed',
    );
  });
}
