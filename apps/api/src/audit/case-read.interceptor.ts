import {
  applyDecorators,
  createParamDecorator,
  Inject,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  canonicalUuid,
  dutchDateOf,
  isUuid,
  placementReadGround,
  readGround,
  type Actor,
  type CaseState,
  type ExistingCase,
  type ReadGround,
} from '@casus/domain';
import type { EventStore, RecordedEvent } from '@casus/event-store';
import { loadProcess } from '@casus/placement';
import type { Observable } from 'rxjs';
import { groundInWords, readWholeStream, REFUSED } from '@casus/audit';
import { foldCase } from '@casus/streams';
import type { ProtectedEventStore } from '@casus/privacy';
import type { Principal } from '@casus/runtime';
import { EVENT_STORE, STORED_EVENT_STORE } from '../event-store/event-store.module';
import { READ_RULES, type ReadRules } from './audit-tokens';
import type { HttpRequest as Request } from './http-request';
import { ReadLog } from './read-log';
import { refusals } from './refusals';

const CASE_READ = Symbol('casus:case-read');

/**
 * What a read is of, and so how its case is found and who reads it: the case itself (its readers),
 * a placement process (the case's readers), or a placement's brief (also the placement's provider).
 */
type ReadOf = 'case' | 'placement-process' | 'placement-brief';

type CaseReadOptions = Readonly<{
  data: string;
  of?: ReadOf;
  /** The handler serves a read model, not the loaded case: the case is read only to decide who may read it. */
  fromReadModel?: boolean;
}>;

/** What the interceptor loaded and logged; the handler may serve from it instead of reading again. */
export type AuditedCase = Readonly<{
  caseId: string;
  streamId: string;
  /** As people may read them: personal data opened, or `[erased]`. */
  events: readonly RecordedEvent[];
  /** As stored (personal data sealed): what the hash chain is over. */
  stored: readonly RecordedEvent[];
  state: ExistingCase;
  ground: string;
}>;

type CaseReadRequest = Request & { principal?: Principal; auditedCase?: AuditedCase };

type Located = Readonly<{ caseId: string; placementId: string | null }> | Readonly<{ caseId: null; refused: string }>;

const REFUSAL = {
  case: refusals.noCase,
  'placement-process': refusals.noPlacement,
  'placement-brief': refusals.noPlacement,
} satisfies Record<ReadOf, unknown>;
const NOT_A_READER = {
  case: REFUSED.notAReader,
  'placement-process': REFUSED.notAReader,
  'placement-brief': REFUSED.notThisPlacement,
} satisfies Record<ReadOf, string>;

/**
 * Marks a handler as a read of one case's data: the caller must be among the readers the domain
 * names (readers.ts), and the read — granted or refused — is in the access log before anything is
 * answered. `data` names what is read (state, timeline, history, ...). The case is the `:caseId`
 * route param, or the case of the `:placementId` param for a placement read.
 */
export const CaseRead = (data: string, options: Omit<CaseReadOptions, 'data'> = {}) =>
  applyDecorators(SetMetadata(CASE_READ, { data, ...options } satisfies CaseReadOptions), UseInterceptors(CaseReadInterceptor));

/** The case the CaseRead interceptor loaded for this request (events, state, ground). */
export const LoadedCase = createParamDecorator((_: unknown, context: ExecutionContext): AuditedCase => {
  const loaded = context.switchToHttp().getRequest<CaseReadRequest>().auditedCase;
  if (!loaded) throw new Error('@LoadedCase() needs @CaseRead(...) on the same handler');
  return loaded;
});

@Injectable()
export class CaseReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(STORED_EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE) private readonly personalData: ProtectedEventStore,
    @Inject(READ_RULES) private readonly rules: ReadRules,
    private readonly readLog: ReadLog,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const options = this.reflector.get<CaseReadOptions>(CASE_READ, context.getHandler());
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<CaseReadRequest>();
    const principal = request.principal!;
    const of = options.of ?? 'case';
    const log = (caseId: string | null, ground: string) => this.readLog.record(request, principal, { caseId, data: options.data, ground });
    const located = await this.locate(of, request.params);
    if (located.caseId === null) {
      await log(null, located.refused);
      throw REFUSAL[of]();
    }
    const { caseId } = located;
    const streamId = `case-${caseId}`;
    // Read once as stored, opened once: the integrity check and the export need the stored form too.
    // Who may read is decided without personal data, so a read-model handler's case stays sealed.
    const stored = await readWholeStream(this.store, streamId);
    const events = options.fromReadModel ? stored : await this.personalData.reveal(stored);
    const state = foldCase(events);
    const ground = state.status === 'none' ? null : this.groundOf(of, state, principal, located.placementId);
    if (state.status === 'none' || ground === null) {
      await log(caseId, state.status === 'none' ? REFUSED.noCase : NOT_A_READER[of]);
      throw REFUSAL[of]();
    }
    const words = groundInWords(ground);
    await log(caseId, words);
    if (!options.fromReadModel) request.auditedCase = { caseId, streamId, events, stored, state, ground: words };
    return next.handle();
  }

  private async locate(of: ReadOf, params: Request['params']): Promise<Located> {
    if (of === 'case') {
      const caseId = canonicalUuid(params.caseId);
      return isUuid(caseId) ? { caseId, placementId: null } : { caseId: null, refused: REFUSED.noCase };
    }
    const placementId = canonicalUuid(params.placementId);
    if (!isUuid(placementId)) return { caseId: null, refused: REFUSED.noPlacement };
    const { state } = await loadProcess(this.personalData, placementId);
    return state.caseId ? { caseId: state.caseId, placementId } : { caseId: null, refused: REFUSED.noPlacement };
  }

  private groundOf(of: ReadOf, state: CaseState, actor: Actor, placementId: string | null): ReadGround | null {
    if (of !== 'placement-brief') return readGround(state, actor);
    return placementReadGround(state, placementId!, actor, dutchDateOf(this.rules.clock()), this.rules.providerViewDaysAfterEnd);
  }
}
