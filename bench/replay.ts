import { allStreamPages, readWholeStream, replayCase, verifyPages } from '@casus/audit';
import { chainHash, contentHash, GENESIS_HASH, PostgresEventStore, type EventToAppend, type RecordedEvent } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { benchPool, report, withBenchDatabase } from './embedded-cluster';

const CASE_EVENTS = 1_000;
const VERIFY_EVENTS = Number(process.env.BENCH_VERIFY_EVENTS ?? 100_000);
const STREAM_LENGTH = 1_000;
const RUNS = 50;

const caseId = randomUUID();
const actor = { id: randomUUID(), role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede' };

/** A long-running case: the signal, then family members, consents, assessments and court orders in turn. */
function caseEvent(n: number): Omit<EventToAppend, 'id'> {
  const metadata = { actor, correlationId: randomUUID(), causationId: randomUUID(), schemaVersion: 1 };
  const child = '00000000-0000-4000-8000-000000000011';
  if (n === 0) {
    const data = {
      caseId,
      receivedAt: '2026-11-02T08:15:00.000Z',
      source: 'veilig-thuis',
      concerns: ['neglect'],
      children: [{ childId: child, birthDate: '2014-05-12' }],
      description: 'Zorgen thuis.',
      urgency: 'regular',
      municipality: 'Ede',
      team: actor.team,
      organisation: actor.organisation,
      safetyAssessmentDueOn: '2026-11-09',
    };
    return { type: 'SignalRegistered', data, metadata };
  }
  switch (n % 4) {
    case 0:
      return {
        type: 'FamilyMemberRecorded',
        data: { familyMemberId: randomUUID(), name: 'Ouder', relation: 'parent', parentalAuthorityOver: [child], contact: {} },
        metadata,
      };
    case 1:
      return {
        type: 'ConsentRecorded',
        data: {
          consentId: randomUUID(),
          familyMemberId: randomUUID(),
          purpose: 'share-information',
          childIds: [child],
          givenOn: '2026-11-10',
        },
        metadata,
      };
    case 2:
      return {
        type: 'SafetyAssessed',
        data: { assessmentId: randomUUID(), outcome: 'unsafe', findings: 'Zorgen over de veiligheid.', assessedOn: '2026-11-06' },
        metadata,
      };
    default:
      return {
        type: 'CourtOrderRecorded',
        data: {
          courtOrderId: randomUUID(),
          kind: 'ots',
          childId: child,
          issuedOn: '2026-11-16',
          validFrom: '2026-11-16',
          validUntil: '2027-11-16',
          court: 'Rechtbank Gelderland',
          caseNumber: `C/05/${n}`,
          giOrganisation: 'William Schrikker Stichting',
          extendsCourtOrderId: null,
          parentsHearingDueOn: null,
        },
        metadata,
      };
  }
}

function recordedCase(): RecordedEvent[] {
  let previousHash = GENESIS_HASH;
  return Array.from({ length: CASE_EVENTS }, (_, revision) => {
    const event = { id: randomUUID(), ...caseEvent(revision), streamId: `case-${caseId}`, recordedAt: new Date() };
    const hash = chainHash(previousHash, revision, contentHash(event));
    const recorded = { ...event, revision, position: { commit: 1n, prepare: BigInt(revision) }, hash, previousHash };
    previousHash = hash;
    return recorded;
  });
}

function medianMs(work: () => void): number {
  const times = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

export async function runReplayBench(): Promise<void> {
  const events = recordedCase();
  const asOf = { asOf: new Date(Date.now() + 60_000) };
  report(
    'replay.case1000',
    medianMs(() => replayCase(events, asOf)),
    'ms',
  );

  await withBenchDatabase(async (url) => {
    const store = new PostgresEventStore({ connectionString: url, poolSize: 4 });
    const pool = benchPool(url, 2);
    try {
      await store.appendToStream(
        `case-${caseId}`,
        events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
        { expectedRevision: 'no-stream' },
      );
      const reads: number[] = [];
      for (let run = 0; run < 20; run += 1) {
        const started = performance.now();
        replayCase(await readWholeStream(store, `case-${caseId}`), asOf);
        reads.push(performance.now() - started);
      }
      report('replay.case1000.from-postgres', reads.sort((a, b) => a - b)[10], 'ms');

      for (let written = CASE_EVENTS; written < VERIFY_EVENTS; written += STREAM_LENGTH) {
        const batch = Array.from({ length: STREAM_LENGTH }, (_, n) => ({ id: randomUUID(), ...caseEvent(n) }));
        await store.appendToStream(`case-${randomUUID()}`, batch, { expectedRevision: 'no-stream' });
      }
      const started = performance.now();
      const verified = await verifyPages(allStreamPages(pool, 5_000));
      const seconds = (performance.now() - started) / 1_000;
      if (verified.breaks.length > 0 || verified.events < VERIFY_EVENTS)
        throw new Error(`verification went wrong: ${JSON.stringify(verified)}`);
      report('verify', verified.events / seconds, 'ev/s');
      console.log(`# verified ${verified.events} events in ${verified.streams} streams in ${seconds.toFixed(2)} s`);
    } finally {
      await pool.end();
      await store.close();
    }
  });
}
