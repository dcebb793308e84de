import { Injectable, Logger } from '@nestjs/common';
import { AccessLog } from '@casus/audit';
import type { Principal } from '@casus/runtime';
import { correlationIdOf } from '../http/correlation-id';
import { pathOf, type HttpRequest } from '../http/http-types';
import { refusals } from './refusals';

/** One look at data, granted or refused: which case (null when no one case), what, on what ground. */
export type Read = Readonly<{ caseId: string | null; data: string; ground: string }>;

export function routeOf(request: HttpRequest): string {
  return `${request.method} ${request.routeOptions.url ?? pathOf(request)}`;
}

/**
 * The one way the API writes the access log (NEN 7513): every line of a request is stored before
 * the request is answered, a refusal's line too; a read that cannot be logged is refused (503).
 * Many lines of one request go together in the access log's group commit.
 */
@Injectable()
export class ReadLog {
  private readonly logger = new Logger('AccessLog');

  constructor(private readonly accessLog: AccessLog) {}

  /** Answers with the count of deleted person keys as of the statement that stored the line (RememberedKeys.stillHolds). */
  async record(request: HttpRequest, principal: Principal, read: Read): Promise<string | null> {
    return (await this.recordEach(request, principal, [read]))[0];
  }

  async recordEach(request: HttpRequest, principal: Principal, reads: readonly Read[]): Promise<(string | null)[]> {
    try {
      return await Promise.all(reads.map((read) => this.accessLog.record(lineOf(request, principal, read))));
    } catch (error) {
      this.logger.error({ err: error, correlationId: correlationIdOf(request) }, 'access log write failed; read refused');
      throw refusals.accessLogUnavailable();
    }
  }
}

function lineOf(request: HttpRequest, principal: Principal, read: Read) {
  return {
    userId: principal.id,
    userName: principal.name ?? null,
    role: principal.role,
    organisation: principal.organisation,
    team: principal.team || null,
    onBehalfOf: null,
    caseId: read.caseId,
    action: routeOf(request),
    dataAccessed: read.data,
    ground: read.ground,
    emergencyOverride: false,
    ip: request.ip,
    correlationId: correlationIdOf(request),
  };
}
