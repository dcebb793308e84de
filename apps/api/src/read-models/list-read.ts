import { Injectable } from '@nestjs/common';
import { groundInWords } from '@casus/audit';
import { listReadGround } from '@casus/domain';
import type { HttpRequest } from '../http/http-types';
import { ReadLog } from '../audit/read-log';
import type { Principal } from '@casus/runtime';

/** Why a list shows this reader its cases: the domain's ground for the reader list the SQL filters on (visibility.ts). */
export function listGround(principal: Principal): string {
  const ground = listReadGround(principal);
  return ground ? groundInWords(ground) : `none: a ${principal.role} sees no cases in lists`;
}

/** Why the list of waiting Jeugdlink requests shows a team a case: it is the team the request names (visibility.ts). */
export function requestListGround(principal: Principal): string {
  return principal.role === 'jeugdlink'
    ? groundInWords({ reader: 'requested-jeugdlink-team', team: principal.team })
    : `none: a ${principal.role} is asked to join no case`;
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
 * NEN 7513 for list reads: a list shows data of many cases, so each case it shows gets its own
 * line (who listed which case, with which filters, when, from where, on what ground) before the
 * list is served; a list that showed none still leaves one line without a case.
 */
@Injectable()
export class ListReadLog {
  constructor(private readonly readLog: ReadLog) {}

  async record(
    request: HttpRequest,
    principal: Principal,
    list: string,
    filters: object,
    shown: readonly string[],
    ground = listGround(principal),
  ): Promise<void> {
    const data = listDescription(list, filters);
    const caseIds = shown.length > 0 ? [...new Set(shown)] : [null];
    await this.readLog.recordEach(
      request,
      principal,
      caseIds.map((caseId) => ({ caseId, data, ground })),
    );
  }
}
