import { Inject, Injectable } from '@nestjs/common';
import {
  canonicalUuid,
  currentReadGround,
  dutchDateOf,
  eventsReadOn,
  familyPersonOf,
  familyReadGround,
  inspectionRight,
  isUuid,
  placementReadGround,
  readGround,
  type Actor,
  type ExistingCase,
  type FamilyReader,
  type ReadGround,
} from '@casus/domain';
import type { EventStore, RecordedEvent } from '@casus/event-store';
import { loadProcess } from '@casus/placement';
import { groundInWords, readWholeStream, REFUSED } from '@casus/audit';
import { foldCase } from '@casus/streams';
import { sealedPersonsOf, type ProtectedEventStore, type RememberedKeys } from '@casus/privacy';
import type { Principal } from '@casus/runtime';
import {
  EVENT_STORE,
  REMEMBERED_FOLDS,
  REMEMBERED_KEYS,
  REMEMBERING_EVENT_STORE,
  STORED_EVENT_STORE,
} from '../event-store/event-store.module';
import { READ_RULES, type ReadRules } from './audit-tokens';
import type { HttpRequest } from '../http/http-types';
import { ReadLog } from './read-log';
import type { RememberedFolds } from '../event-store/remembered-folds';
import { refusals } from './refusals';

/** A case read as the handler may serve it: the reader was admitted and the read is in the access log. */
export type AuditedCase = Readonly<{
  caseId: string;
  streamId: string;
  /** As people may read them: personal data opened, or `[erased]`. */
  events: readonly RecordedEvent[];
  /** As stored (personal data sealed): what the hash chain is over. */
  stored: readonly RecordedEvent[];
  state: ExistingCase;
  ground: string;
  /** False for a former team or GI: it reads the stream up to its handover only. */
  wholeStream: boolean;
}>;

export type AuditedPlacement = AuditedCase & Readonly<{ placementId: string }>;

/** A placement read: of its process (the case's readers), or of its brief (also the placement's provider). */
export type PlacementRead = 'placement-process' | 'placement-brief';

/** The family's own file, read by a linked family member through the family's endpoints, with who they are and their right. */
export type AuditedOwnFile = AuditedCase & Readonly<{ reader: FamilyReader }>;

type Read = Readonly<{ request: HttpRequest; principal: Principal; data: string }>;
/** `case-copy`: an export, a copy to keep, which outlasts any read period. `own-file`: the family's own, by their right. */
type ReadOf = 'case' | 'case-copy' | 'own-file' | PlacementRead;
/** Where the stream comes from: this process's memory topped up from the store, or the store's rows read whole now. */
type Source = 'remembered' | 'as-stored-now';

const NOT_A_READER = {
  case: REFUSED.notAReader,
  'case-copy': REFUSED.notAReader,
  'own-file': REFUSED.notAReader,
  'placement-process': REFUSED.notAReader,
  'placement-brief': REFUSED.notThisPlacement,
} satisfies Record<ReadOf, string>;

/**
 * The one way a handler reads one case's data, called before it answers anything: the caller must be
 * among the readers the domain names (readers.ts), and the read — granted or refused — is in the access
 * log first. `data` names what is read (state, timeline, history, ...). Ids come as the path spells them:
 * a malformed one is a refused read too.
 */
@Injectable()
export class CaseReads {
  constructor(
    @Inject(STORED_EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE) private readonly personalData: ProtectedEventStore,
    @Inject(REMEMBERING_EVENT_STORE) private readonly remembering: ProtectedEventStore,
    @Inject(REMEMBERED_KEYS) private readonly keys: RememberedKeys,
    @Inject(REMEMBERED_FOLDS) private readonly folds: RememberedFolds,
    @Inject(READ_RULES) private readonly rules: ReadRules,
    private readonly readLog: ReadLog,
  ) {}

  ofCase(request: HttpRequest, principal: Principal, rawCaseId: string, data: string): Promise<AuditedCase> {
    return this.admit({ request, principal, data }, rawCaseId, 'case', true);
  }

  async ofPlacement(request: HttpRequest, principal: Principal, rawPlacementId: string, what: PlacementRead): Promise<AuditedPlacement> {
    const read = { request, principal, data: what };
    const placementId = canonicalUuid(rawPlacementId);
    if (!isUuid(placementId)) return this.refuse(read, null, REFUSED.noPlacement, what);
    const { state } = await loadProcess(this.personalData, placementId);
    if (!state.caseId) return this.refuse(read, null, REFUSED.noPlacement, what);
    return { ...(await this.admit(read, state.caseId, what, true, placementId)), placementId };
  }

  /** For an export: only a reader of the case now; a former team or GI reads a while, it takes no copy along. */
  ofCaseToCopy(request: HttpRequest, principal: Principal, rawCaseId: string, data: string): Promise<AuditedCase> {
    return this.admit({ request, principal, data }, rawCaseId, 'case-copy', true, null, 'as-stored-now');
  }

  /** For the integrity check: the rows as the store holds them now, not as this process remembers them (a tamper shows). */
  ofCaseAsStoredNow(request: HttpRequest, principal: Principal, rawCaseId: string, data: string): Promise<AuditedCase> {
    return this.admit({ request, principal, data }, rawCaseId, 'case', true, null, 'as-stored-now');
  }

  /**
   * For a handler that serves a read model: the case is read sealed, only to decide who may read it. Answers its id
   * and the last revision this reader reads (a former team's: its transfer's).
   */
  async ofCaseUnopened(
    request: HttpRequest,
    principal: Principal,
    rawCaseId: string,
    data: string,
  ): Promise<Readonly<{ caseId: string; throughRevision: number }>> {
    const { caseId, stored } = await this.admit({ request, principal, data }, rawCaseId, 'case', false);
    return { caseId, throughRevision: stored.at(-1)!.revision };
  }

  /**
   * For what the reader may do on the case now: the decider decides on the whole case as it stands, so the state is that,
   * sealed (who may take a step is decided without personal data). The revision is the last one this reader reads.
   */
  async ofCaseAsItStands(
    request: HttpRequest,
    principal: Principal,
    rawCaseId: string,
    data: string,
  ): Promise<Readonly<{ caseId: string; throughRevision: number; current: ExistingCase }>> {
    const read = { request, principal, data };
    const { caseId, whole, wholeState, ground } = await this.admitWhole(read, rawCaseId, 'case', null);
    await this.log(read, caseId, groundInWords(ground));
    return { caseId, throughRevision: whole[eventsReadOn(ground, whole) - 1].revision, current: wholeState };
  }

  /**
   * For the family's endpoints (GET /my-file/...): only a family account, linked on this case, with a right to the file or to
   * information today; any other role is refused (403), and an account not linked here (or no longer), or without a right,
   * meets the answer for a case that does not exist. Granted or refused, the read is in the access log first.
   */
  async ofOwnFile(request: HttpRequest, principal: Principal, rawCaseId: string, data: string): Promise<AuditedOwnFile> {
    await this.familyOnly({ request, principal, data }, canonicalUuid(rawCaseId));
    const loaded = await this.admit({ request, principal, data }, rawCaseId, 'own-file', true);
    return { ...loaded, reader: this.familyReaderOf(loaded.state, principal) };
  }

  /**
   * The family's own files among `caseIds` (from the read model of live links), each read sealed and logged on its ground;
   * one where the account has no right (or no link) now is left out, its refusal logged.
   */
  async ofOwnFiles(request: HttpRequest, principal: Principal, caseIds: readonly string[], data: string) {
    const read = { request, principal, data };
    await this.familyOnly(read, null);
    const files: { caseId: string; state: ExistingCase; reader: FamilyReader }[] = [];
    for (const caseId of caseIds) {
      const state = foldCase(await readWholeStream(this.store, `case-${caseId}`));
      const ground = familyReadGround(state, principal, dutchDateOf(this.rules.clock()));
      if (state.status === 'none' || ground === null) {
        await this.log(read, caseId, REFUSED.notAReader);
        continue;
      }
      await this.log(read, caseId, groundInWords(ground));
      files.push({ caseId, state, reader: this.familyReaderOf(state, principal) });
    }
    return files;
  }

  private async familyOnly(read: Read, caseId: unknown): Promise<void> {
    if (read.principal.role === 'family') return;
    await this.log(read, isUuid(caseId) ? caseId : null, REFUSED.role(read.principal.role, "the family's own file"));
    throw refusals.familyOnly(read.principal.role);
  }

  private familyReaderOf(state: ExistingCase, principal: Principal): FamilyReader {
    const person = familyPersonOf(state, principal)!;
    const right = inspectionRight(state, person, dutchDateOf(this.rules.clock()));
    if (right.right === 'none') throw new Error('a family read was admitted without a right');
    return { person, right };
  }

  private async admit(
    read: Read,
    rawCaseId: string,
    of: ReadOf,
    open: boolean,
    placementId: string | null = null,
    source: Source = 'remembered',
  ): Promise<AuditedCase> {
    const { caseId, streamId, whole, wholeState, persons, ground } = await this.admitWhole(read, rawCaseId, of, placementId, source);
    // A former team reads the case as it stood at its transfer: every view below is built from that part alone.
    const stored = whole.slice(0, eventsReadOn(ground, whole));
    const wholeStream = stored.length === whole.length;
    const words = groundInWords(ground);
    const audited = { caseId, streamId, stored, ground: words, wholeStream };
    if (!open) {
      await this.log(read, caseId, words);
      return { ...audited, events: stored, state: (wholeStream ? wholeState : foldCase(stored)) as ExistingCase };
    }
    const held = await this.keys.held(wholeStream ? persons : sealedPersonsOf(stored));
    const erasuresAtLog = await this.log(read, caseId, words);
    // A key deleted between the lookup and the line (any process, the command line too) is not used to answer.
    if (!this.keys.stillHolds(held, erasuresAtLog)) {
      const events = await this.personalData.reveal(stored);
      return { ...audited, events, state: foldCase(events) as ExistingCase };
    }
    const { events, state } =
      wholeStream && source === 'remembered'
        ? this.folds.openedFold(streamId, stored, held.keys, held.erasures)
        : this.folds.openWhole(stored, held.keys);
    return { ...audited, events, state: state as ExistingCase };
  }

  /** The reader admitted, or refused with the refusal logged; the caller logs the granted read before it answers. */
  private async admitWhole(read: Read, rawCaseId: string, of: ReadOf, placementId: string | null, source: Source = 'remembered') {
    const caseId = canonicalUuid(rawCaseId);
    if (!isUuid(caseId)) return this.refuse(read, null, REFUSED.noCase, of);
    const streamId = `case-${caseId}`;
    // Read once as stored, opened once: the integrity check and the export need the stored form too.
    // Who may read is decided without personal data, so an unopened read stays sealed.
    const { whole, sealed } = source === 'remembered' ? await this.remembered(streamId) : await this.asStoredNow(streamId);
    if (sealed.state.status === 'none') return this.refuse(read, caseId, REFUSED.noCase, of);
    const ground = this.groundOf(of, sealed.state, read.principal, placementId);
    if (ground === null) return this.refuse(read, caseId, NOT_A_READER[of], of);
    return { caseId, streamId, whole, wholeState: sealed.state, persons: sealed.persons, ground };
  }

  private async remembered(streamId: string) {
    const whole = await this.remembering.stored.readStream(streamId);
    return { whole, sealed: this.folds.sealedFold(streamId, whole) };
  }

  /** The rows as the store holds them now, folded anew: a row changed in the table shows in what they answer. */
  private async asStoredNow(streamId: string) {
    const whole = await readWholeStream(this.store, streamId);
    return { whole, sealed: { state: foldCase(whole), persons: sealedPersonsOf(whole) } };
  }

  private async refuse(read: Read, caseId: string | null, ground: string, of: ReadOf): Promise<never> {
    await this.log(read, caseId, ground);
    throw of === 'placement-process' || of === 'placement-brief' ? refusals.noPlacement() : refusals.noCase();
  }

  private log(read: Read, caseId: string | null, ground: string): Promise<string | null> {
    return this.readLog.record(read.request, read.principal, { caseId, data: read.data, ground });
  }

  private groundOf(of: ReadOf, state: ExistingCase, actor: Actor, placementId: string | null): ReadGround | null {
    if (of === 'case') return readGround(state, actor, dutchDateOf(this.rules.clock()));
    if (of === 'own-file') return familyReadGround(state, actor, dutchDateOf(this.rules.clock()));
    // A placement's process goes on after a transfer: only those who read the case now read it.
    if (of === 'placement-process' || of === 'case-copy') return currentReadGround(state, actor);
    return placementReadGround(state, placementId!, actor, dutchDateOf(this.rules.clock()), this.rules.providerViewDaysAfterEnd);
  }
}
