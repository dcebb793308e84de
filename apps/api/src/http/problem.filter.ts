import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { EventStoreUnavailable, isConnectionFailure, WrongExpectedRevision } from '@casus/event-store';
import { pathOf, type HttpRequest, type HttpResponse } from './http-types';
import { IdentityProviderUnavailable } from '../auth/token-verifier';
import { correlationIdOf } from './correlation-id';
import { HttpRefusal, PROBLEM_CONTENT_TYPE, type Problem } from './problem';
import { InvalidRequest } from './validation';
import { Refusal as DomainRefusal, type RefusalParams } from '@casus/domain';
import { refusalText } from '@casus/wording';
import { isRefusalCode, languageOf, type RefusalCode } from './refusal-codes';

const RETRY_AFTER_SECONDS = '5';

type Refusal = Omit<Problem, 'type' | 'correlationId' | 'language' | 'text'> & { retryAfter?: boolean };

const DOMAIN_STATUS: Record<DomainRefusal['kind'], HttpStatus> = {
  forbidden: HttpStatus.FORBIDDEN,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
};

const isDomainRefusal = (error: unknown): error is DomainRefusal => error instanceof DomainRefusal;

/**
 * pg's own error, typeorm's QueryFailedError around it, or the socket's own (`write EPIPE` when the server ended the
 * session under a write). Not `instanceof Error`: a socket's error is made by Node itself, which under jest is
 * another realm's Error than the code's.
 */
const isDatabaseUnreachable = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (isConnectionFailure(error) ||
    isConnectionFailure((error as { driverError?: unknown }).driverError ?? {}) ||
    // typeorm's words for a pooled client whose session the server ended a moment ago.
    /not queryable|Connection terminated/i.test(String((error as { message?: unknown }).message)));

/** Fastify's words for a JSON body it could not parse; the adapter wraps them in an HttpException. */
const UNPARSED_JSON = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);

/** The one place where errors become HTTP responses; nothing internal (stack, SQL) leaves here. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.answer(error, http.getRequest<HttpRequest>(), http.getResponse<HttpResponse>());
  }

  /** Also for what Fastify refuses before Nest sees the request (casusHttpAdapter). */
  answer(error: unknown, request: HttpRequest, response: HttpResponse): void {
    const correlationId = correlationIdOf(request);
    const { retryAfter, ...refusal } = this.refusalFor(error, correlationId, request);
    if (response.sent) return;
    const language = languageOf(request.headers['accept-language']);
    const params = refusal.params ?? {};
    const text = isRefusalCode(refusal.code) ? refusalText(refusal.code, language, params) : refusal.detail;
    // Every 503 (store, database, access log, read models behind) is worth a retry: say when.
    if (retryAfter || refusal.status === 503) response.header('Retry-After', RETRY_AFTER_SECONDS);
    response.header('X-Correlation-Id', correlationId);
    response.header('Content-Language', language);
    const problem: Problem = { type: 'about:blank', ...refusal, language, text, correlationId };
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private refusalFor(error: unknown, correlationId: string, request: HttpRequest): Refusal {
    if (isDomainRefusal(error)) {
      const status = DOMAIN_STATUS[error.kind] ?? HttpStatus.UNPROCESSABLE_ENTITY;
      return { status, title: titleOf(status), code: error.code, detail: error.message, ...paramsOf(error.params) };
    }
    if (error instanceof HttpRefusal) {
      return { status: error.status, title: titleOf(error.status), code: error.code, detail: error.message };
    }
    if (error instanceof WrongExpectedRevision) {
      const actual = error.actual === -1 ? 'does not exist' : `is at revision ${error.actual}`;
      return conflict(`the case changed: expected revision ${error.expected}, but it ${actual}`);
    }
    if (error instanceof EventStoreUnavailable) {
      this.logger.warn({ correlationId, cause: String((error.cause as Error)?.message ?? '') }, 'event store unavailable');
      return unavailable('EVENT_STORE.UNAVAILABLE', 'the event store cannot be reached; try again shortly');
    }
    if (error instanceof IdentityProviderUnavailable) {
      this.logger.warn({ correlationId, cause: error.message }, 'identity provider unavailable');
      return unavailable('AUTH.IDENTITY_PROVIDER_UNAVAILABLE', 'tokens cannot be verified now; try again shortly');
    }
    if (error instanceof InvalidRequest) {
      return { status: 400, title: titleOf(400), code: 'REQUEST.INVALID', detail: error.message, errors: error.errors };
    }
    if (error instanceof HttpException) return fromHttpException(error);
    // A read model or the access log lost its database connection (terminated, restarting): as retryable as the store.
    if (isDatabaseUnreachable(error)) {
      this.logger.warn({ correlationId, cause: String((error as Error)?.message ?? '') }, 'database unavailable');
      return unavailable('DATABASE.UNAVAILABLE', 'the database cannot be reached; try again shortly');
    }
    this.logger.error({ correlationId, method: request.method, path: pathOf(request), err: error }, 'unexpected error');
    return {
      status: 500,
      title: titleOf(500),
      code: 'INTERNAL',
      detail: `an unexpected error occurred; quote correlation id ${correlationId} when you report it`,
    };
  }
}

// Nest's own exceptions; a 503 is the read models not yet at the position a query waited for.
const HTTP_EXCEPTION_CODES: Partial<Record<number, RefusalCode>> = {
  400: 'REQUEST.INVALID',
  401: 'AUTH.UNAUTHENTICATED',
  404: 'NOT_FOUND',
  503: 'READ_MODELS.BEHIND',
};

function fromHttpException(error: HttpException): Refusal {
  const status = error.getStatus();
  if (status === 413) return tooLarge();
  if (status === 429) {
    return {
      status,
      title: titleOf(status),
      code: 'REQUEST.RATE_LIMITED',
      detail: 'too many requests from this user or, without a valid token, from this address; slow down and try again shortly',
    };
  }
  // The adapter wraps the body parser's errors; a parser's own message may quote the body back.
  if (UNPARSED_JSON.has((error.cause as { code?: string } | undefined)?.code ?? '')) {
    return { status, title: titleOf(status), code: 'REQUEST.MALFORMED_JSON', detail: 'the request body is not valid JSON' };
  }
  const body = error.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : error.message;
  const code = HTTP_EXCEPTION_CODES[status] ?? (status < 500 ? 'REQUEST.REFUSED' : 'INTERNAL');
  return { status, title: titleOf(status), code, detail };
}

// Only a refusal whose words name values carries them.
const paramsOf = (params: RefusalParams): { params?: RefusalParams } => (Object.keys(params).length > 0 ? { params } : {});

const tooLarge = (): Refusal => ({
  status: 413,
  title: titleOf(413),
  code: 'REQUEST.TOO_LARGE',
  detail: 'the request body is larger than this API accepts',
});

const conflict = (detail: string): Refusal => ({ status: 409, title: titleOf(409), code: 'CASE.REVISION_CONFLICT', detail });

const unavailable = (code: string, detail: string): Refusal => ({
  status: 503,
  title: titleOf(503),
  code,
  detail,
  retryAfter: true,
});

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const titleOf = (status: number): string => TITLES[status] ?? 'Error';
