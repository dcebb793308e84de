import { PostgresEventStore } from '@casus/event-store';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createApp } from '../../apps/api/src/app.factory';
import { createTestDatabase } from '../setup/test-database';
import { bestandspleeggezinAt, lead, mother, placementRequest, signal, unsafeAssessment } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventCounter, nextCorrelationId } from './support/hostile';
import { family, id, people, type Actor } from './support/people';

/** One spelling per id (the lower-case UUID): any other spelling is refused before a stream id exists. */
describe('the spelling of ids', () => {
  let casus: CasusApi;
  let counter: Awaited<ReturnType<typeof eventCounter>>;
  const caseId = 'c23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b';
  // Ids with hex letters and digits, so that every variant below really changes them.
  const memberId = 'fa3e7c1d-2b4a-4c5d-8e6f-a1b2c3d4e5f6';
  const childId = 'ba3e7c1d-2b4a-4c5d-8e6f-a1b2c3d4e5f7';

  // Each one names the same id to a reader, or looks as if it does.
  const variants: ReadonlyArray<[string, (id: string) => string]> = [
    ['upper case', (id) => id.toUpperCase()],
    ['one letter upper case', (id) => id.replace('c', 'C')],
    ['full-width digits', (id) => id.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)))],
    ['a Cyrillic look-alike of a hex letter', (id) => id.replace('a', '\u0430')],
    ['surrounding whitespace', (id) => ` ${id} `],
    ['a trailing newline', (id) => `${id}\n`],
    ['a zero-width space', (id) => `${id.slice(0, 8)}\u200b${id.slice(8)}`],
    ['braces', (id) => `{${id}}`],
  ];

  const as = async (actor: Actor) => ({ Authorization: `Bearer ${await casus.tokenFor(actor)}` });

  /** 400 naming the field, and no event written by this request anywhere in the log. */
  async function refused(send: (correlationId: string) => Promise<{ status: number; body: Record<string, unknown> }>, field: string) {
    const correlationId = nextCorrelationId();
    const response = await send(correlationId);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'REQUEST.INVALID' });
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(response.body.detail).toEqual(expect.any(String));
    expect(await counter.written(correlationId)).toBe(0);
  }

  beforeAll(async () => {
    casus = await startCasusApi();
    counter = await eventCounter(casus);
    expect((await casus.http().post('/cases').set(await as(people.lotte)).send(signal(caseId))).status).toBe(201);
    expect((await casus.http().post(`/cases/${caseId}/assign-case-lead`).set(await as(people.lotte)).send(lead)).status).toBe(200);
  });
  afterAll(async () => {
    await counter.close();
    await casus.close();
  });

  it('changes every id it spells', () => {
    for (const [, spell] of variants) for (const one of [caseId, memberId, childId]) expect(spell(one)).not.toBe(one);
  });

  it.each(variants)('refuses a signal for the case id spelled with %s; the victim keeps the case and the other team sees nothing', async (_, spell) => {
    const total = await counter.total();
    await refused(async (correlationId) => casus.http().post('/cases').set({ ...(await as(people.pieter)), 'X-Correlation-Id': correlationId }).send(signal(spell(caseId))), 'caseId');
    expect(await counter.total()).toBe(total);
    expect((await casus.http().get(`/cases/${caseId}`).set(await as(people.lotte))).status).toBe(200);
    const listed = await casus.http().get('/cases').set(await as(people.pieter));
    expect(JSON.stringify(listed.body).toLowerCase()).not.toContain(caseId);
  });

  it.each(variants)('refuses a step on the case id spelled with %s in the path', async (_, spell) => {
    const path = `/cases/${encodeURIComponent(spell(caseId))}/record-safety-assessment`;
    await refused(async (correlationId) => casus.http().post(path).set({ ...(await as(people.lotte)), 'X-Correlation-Id': correlationId }).send(unsafeAssessment), 'caseId');
  });

  it.each(variants)('refuses a family member id spelled with %s (400, not 500)', async (_, spell) => {
    const body = { ...mother, familyMemberId: spell(memberId) };
    await refused(async (correlationId) => casus.http().post(`/cases/${caseId}/record-family-member`).set({ ...(await as(people.lotte)), 'X-Correlation-Id': correlationId }).send(body), 'familyMemberId');
  });

  it.each(variants)('refuses nested and listed ids spelled with %s', async (_, spell) => {
    const child = signal(id(2));
    const nested = { ...child, children: [{ ...child.children[0], childId: spell(childId) }] };
    await refused(async (correlationId) => casus.http().post('/cases').set({ ...(await as(people.lotte)), 'X-Correlation-Id': correlationId }).send(nested), 'children.0.childId');
    const listed = { ...mother, familyMemberId: id(23), parentalAuthorityOver: [family.sanne, spell(childId)] };
    await refused(async (correlationId) => casus.http().post(`/cases/${caseId}/record-family-member`).set({ ...(await as(people.lotte)), 'X-Correlation-Id': correlationId }).send(listed), 'parentalAuthorityOver');
  });

  it.each(variants.slice(0, 4))('refuses placement and place ids spelled with %s', async (_, spell) => {
    const placement = { ...placementRequest(id(41)), placementId: spell(memberId) };
    await refused(async (correlationId) => casus.http().post(`/cases/${caseId}/request-placement`).set({ ...(await as(people.lotte)), 'X-Correlation-Id': correlationId }).send(placement), 'placementId');
    const place = bestandspleeggezinAt(spell(childId));
    await refused(async (correlationId) => casus.http().post('/placement-options').set({ ...(await as(people.priya)), 'X-Correlation-Id': correlationId }).send(place), 'optionId');
  });

  it('accepts the one spelling', async () => {
    expect((await casus.http().post(`/cases/${caseId}/record-family-member`).set(await as(people.lotte)).send(mother)).status).toBe(200);
  });
});

describe('a log that already holds two spellings of one id', () => {
  const at = (streamId: string) => ({ streamId, event: { id: randomUUID(), type: 'CaseClosed', data: { reason: 'x', closedOn: '2026-11-20' }, metadata: {} } });

  it.each([
    ['case', 'case-c23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b', 'case-C23C5F0A-9B1D-4E2F-8A3B-4C5D6E7F8A9B'],
    ['placement option', 'placement-option-d23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b', 'placement-option-D23C5F0A-9b1d-4e2f-8a3b-4c5d6e7f8a9b'],
    ['placement', 'placement-e23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b', 'placement-e23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9B'],
  ])('stops the API from starting (%s streams), saying which streams and how to repair', async (_, lower, other) => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      for (const { streamId, event } of [at(lower), at(other)]) await store.appendToStream(streamId, [event], { expectedRevision: 'no-stream' });
      const started = createApp({ databaseUrl: database.url, auth: { kind: 'dev', keyDir: mkdtempSync(join(tmpdir(), 'casus-keys-')) }, logLevel: 'silent' });
      await expect(started).rejects.toThrow(new RegExp(`${other}[\\s\\S]*${lower}|${lower}[\\s\\S]*${other}`));
      await expect(started).rejects.toThrow(/repair/i);
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('stops the command line too: casus migrate refuses, and a case id argument in another spelling is refused', async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url });
    const casus = async (...args: string[]) => {
      const env = { ...process.env, DATABASE_URL: database.url, CASUS_DATA_DIR: mkdtempSync(join(tmpdir(), 'casus-cli-')) };
      return promisify(execFile)(process.execPath, ['-r', './test/support/register-ts.js', 'apps/cli/src/main.ts', ...args], { cwd: resolve(__dirname, '../..'), env })
        .then(({ stdout }) => ({ code: 0, stdout, stderr: '' }))
        .catch((error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }));
    };
    try {
      const upper = 'C23C5F0A-9B1D-4E2F-8A3B-4C5D6E7F8A9B';
      const refusedArgument = await casus('verify', '--case', upper);
      expect(refusedArgument.code).not.toBe(0);
      expect(refusedArgument.stderr).toMatch(/lower case/);
      for (const streamId of [`case-${upper.toLowerCase()}`, `case-${upper}`]) await store.appendToStream(streamId, [at(streamId).event], { expectedRevision: 'no-stream' });
      const migrate = await casus('migrate');
      expect(migrate.code).not.toBe(0);
      expect(migrate.stderr).toMatch(/more than one spelling[\s\S]*repair/);
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('starts on a log with one spelling per id', async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      await store.appendToStream(at(`case-${id(1)}`).streamId, [at('').event], { expectedRevision: 'no-stream' });
      const app = await createApp({ databaseUrl: database.url, auth: { kind: 'dev', keyDir: mkdtempSync(join(tmpdir(), 'casus-keys-')) }, logLevel: 'silent' });
      await app.close();
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
