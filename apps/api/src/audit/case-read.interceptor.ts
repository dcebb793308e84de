import {
  applyDecorators,
  createParamDecorator,
  Inject,
  Injectable,
  Logger,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUuid, type CaseState } from '@casus/domain';
import type { EventStore, RecordedEvent } from '@casus/event-store';
import type { Observable } from 'rxjs';
import { AccessLog, foldCase, readGround, readWholeStream } from '@casus/audit';
import type { ProtectedEventStore } from '@casus/privacy';
import type { Principal } from '../auth/principal';
import { correlationIdOf } from '../http/correlation-id';
import { EVENT_STORE, STORED_EVENT_STORE } from '../event-store/event-store.module';
import type { HttpRequest as Request } from './http-request';
import { refusals } from './refusals';

const CASE_READ = Symbol('casus:case-read');

type CaseReadOptions = Readonly<{
  data: string;
  caseIdParam?: string;
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
  state: Exclude<CaseState, { status: 'none' }>;
  ground: string;
}>;

type CaseReadRequest = Request & { principal?: Principal; auditedCase?: AuditedCase };

/**
 * Marks a handler as a read of one case's data: the caller must be one of the case's readers
 * (the domain's `canReadCase`), and the read is written to the access log before it is served.
 * `data` names what is read (state, timeline, history, ...); the case id is the `:caseId` (or `:id`)
 * route param unless `caseIdParam` names another.
 */
export const CaseRead = (data: string, options: Omit<CaseReadOptions, 'data'> = {}) =>
  applyDecorators(SetMetadata(CASE_READ, { data, ...options } satisfies CaseReadOptions), UseInterceptors(CaseReadInterceptor));

/** The case the CaseRead interceptor loaded for this request (events, state, ground). */
export const LoadedCase = createParamDecorator((_: unknown, context: ExecutionContext): AuditedCase => {
  const loaded = context.switchToHttp().getRequest<CaseReadRequest>().auditedCase;
  if (!loaded) throw new Error('@LoadedCase() needs @CaseRead(...) on the same handler');
  return loaded;
});

export function routeOf(request: Request): string {
  return `${request.method} ${request.route?.path ?? request.path}`;
}

@Injectable()
export class CaseReadInterceptor implements NestInterceptor {
  private readonly logger = new Logger('AccessLog');

  constructor(
    private readonly reflector: Reflector,
    @Inject(STORED_EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE) private readonly personalData: ProtectedEventStore,
    private readonly accessLog: AccessLog,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const options = this.reflector.get<CaseReadOptions>(CASE_READ, context.getHandler());
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<CaseReadRequest>();
    const principal = request.principal!;
    const { params } = request;
    const caseId = String((options.caseIdParam ? params[options.caseIdParam] : (params.caseId ?? params.id)) ?? '');
    if (!isUuid(caseId)) throw refusals.noCase(caseId);
    const streamId = `case-${caseId}`;
    // Read once as stored, opened once: the integrity check and the export need the stored form too.
    // Who may read is decided without personal data, so a read-model handler's case stays sealed.
    const stored = await readWholeStream(this.store, streamId);
    const events = options.fromReadModel ? stored : await this.personalData.reveal(stored);
    const state = foldCase(events);
    if (state.status === 'none') throw refusals.noCase(caseId);
    const ground = readGround(state, principal);
    if (!ground) throw refusals.notAReader(principal.role, principal.team || principal.organisation);
    await this.log(request, principal, { caseId, data: options.data, ground });
    if (!options.fromReadModel) request.auditedCase = { caseId, streamId, events, stored, state, ground };
    return next.handle();
  }

  private async log(request: Request, principal: Principal, read: { caseId: string | null; data: string; ground: string }) {
    try {
      await recordRead(this.accessLog, request, principal, read);
    } catch (error) {
      this.logger.error({ err: error, correlationId: correlationIdOf(request) }, 'access log write failed; read refused');
      throw refusals.accessLogUnavailable();
    }
  }
}

export function recordRead(
  accessLog: AccessLog,
  request: Request,
  principal: Principal,
  read: { caseId: string | null; data: string; ground: string },
): Promise<void> {
  return accessLog.record({
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
    ip: request.ip ?? request.socket.remoteAddress ?? null,
    correlationId: correlationIdOf(request),
  });
}
