import type { Settings } from '@casus/runtime';
import type { IncomingMessage } from 'node:http';
import pino, { type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { correlationIdOf } from './correlation-id';

export type ProcessLog = Readonly<{ logger: Logger; requests: HttpLogger }>;

/**
 * The process's one pino logger, and the line it writes per request. Requests are logged by method, path, status and
 * correlation id only: bodies, query strings (a search by name, an `?access_token=`) and tokens carry personal data.
 */
export function processLog(level: Settings['logLevel'], destination: { write(line: string): void } = process.stdout): ProcessLog {
  const logger = pino(
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
  const requests = pinoHttp({
    logger,
    genReqId: (request: IncomingMessage) => correlationIdOf(request),
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: request.url.split('?')[0],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
  return { logger, requests };
}
