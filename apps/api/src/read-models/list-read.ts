import { Injectable, Logger } from '@nestjs/common';
import { AccessLog } from '@casus/audit';
import { recordRead } from '../audit/case-read.interceptor';
import type { HttpRequest } from '../audit/http-request';
import { refusals } from '../audit/refusals';
import type { Principal } from '../auth/principal';
import { correlationIdOf } from '../http/correlation-id';

/** Why a list shows this reader these cases: the list form of the access log's per-case ground (visibility.ts). */
export function listGround(principal: Principal): string {
  switch (principal.role) {
    case 'auditor':
      return 'auditor oversight';
    case 'wijkteam':
      return `case team (${principal.team})`;
    case 'jeugdlink':
      return `joined Jeugdlink team (${principal.team})`;
    case 'gi':
      return `GI charged with a court order (${principal.organisation})`;
    case 'provider':
      return `provider of a decided placement (${principal.organisation})`;
    default:
      return `none: a ${principal.role} sees no cases in lists`;
  }
}

/** `case-list?overdue=true&team=...`: what was listed, with the filters and page asked for, in a stable order. */
export function listDescription(list: string, filters: object): string {
  const asked = Object.entries(filters)
    .filter(([name, value]) => value !== undefined && name !== 'minPosition')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]): [string, string] => [name, String(value)]);
  return asked.length > 0 ? `${list}?${new URLSearchParams(asked).toString()}` : list;
}

/**
 * NEN 7513 for list reads: a list shows data of many cases, so who listed what, with which filters,
 * when, from where and on what ground is logged, before anything is served; a list that cannot be
 * logged is refused (503), as a case read is.
 */
@Injectable()
export class ListReadLog {
  private readonly logger = new Logger('AccessLog');

  constructor(private readonly accessLog: AccessLog) {}

  async record(request: HttpRequest, principal: Principal, list: string, filters: object): Promise<void> {
    try {
      await recordRead(this.accessLog, request, principal, { caseId: null, data: listDescription(list, filters), ground: listGround(principal) });
    } catch (error) {
      this.logger.error({ err: error, correlationId: correlationIdOf(request) }, 'access log write failed; list refused');
      throw refusals.accessLogUnavailable();
    }
  }
}
