import { PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { createApp } from '../../apps/api/src/app.factory';
import { createTestDatabase } from '../setup/test-database';
import { bestandspleeggezinAt, lead, mother, placementRequest, signal, unsafeAssessment } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventCounter, nextCorrelationId } from './support/hostile';
import { family, id, people, type Actor } from './support/people';
import { runCasus } from './support/casus-cli';
import { scratchDir } from '../setup/scratch';

// Ids with hex letters and digits, so that every variant below really changes them.
const caseId = 'c23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b';
const memberId = 'fa3e7c1d-2b4a-4c5d-8e6f-a1b2c3d4e5f6';
const childId = 'ba3e7c1d-2b4a-4c5d-8e6f-a1b2c3d4e5f7';

type Variant = readonly [string, (id: string) => string];

/** The same id in another letter case: DOMAIN.md says it is the same id. */
const letterCases: readonly Variant[] = [
  ['upper case', (id) => id.toUpperCase()],
  ['one letter upper case', (id) => id.replace('c', 'C')],
];

/** Look like the id to a reader, but are other text: refused. */
const lookAlikes: readonly Variant[] = [
  ['full-width digits', (id) => id.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)))],
  ['a Cyrillic look-alike of a hex letter', (id) => id.replace('a', '\u0430')],
  ['surrounding whitespace', (id) => ` ${id} `],
  ['a trailing newline', (id) => `${id}\n`],
  ['a zero-width space', (id) => `${id.slice(0, 8)}\u200b${id.slice(8)}`],
  ['braces', (id) => `{${id}}`],
];

/** One spelling per id (the lower-case UUID), settled before a stream id exists. */
describe('the spelling of ids', () => {
  let casus: CasusApi;
  let counter: Awaited<ReturnType<typeof eventCounter>>;

  const post = async (actor: Actor, path: string, body: object, correlationId = nextCorrelationId()) =>
    casus
      .http()
      .post(path)
      .set({ ...(await casus.as(actor)), 'X-Correlation-Id': correlationId })
      .send(body);

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
    expect((await post(people.lotte, '/cases', signal(caseId))).status).toBe(201);
    expect((await post(people.lotte, `/cases/${caseId}/assign-case-lead`, lead)).status).toBe(200);
    expect((await post(people.lotte, `/cases/${caseId}/record-family-member`, { ...mother, familyMemberId: memberId })).status).toBe(200);
  });
  afterAll(async () => {
    await counter.close();
    await casus.close();
  });

  it('changes every id it spells', () => {
    for (const [, spell] of [...letterCases, ...lookAlikes])
      for (const one of [caseId, memberId, childId]) expect(spell(one)).not.toBe(one);
  });

  describe('another letter case is the same id', () => {
    it.each(letterCases)(
      'answers another team’s signal for the case id in %s as taken, writes nothing, and shows that team nothing',
      async (_, spell) => {
        const total = await counter.total();
        const answer = await post(people.pieter, '/cases', signal(spell(caseId)));
        expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 409, code: 'CASE.ID_UNAVAILABLE' });
        expect(await counter.total()).toBe(total);
        expect((await casus.get(people.lotte, `/cases/${caseId}`)).status).toBe(200);
        expect(JSON.stringify((await casus.get(people.pieter, '/cases')).body).toLowerCase()).not.toContain(caseId);
        expect((await casus.get(people.pieter, `/cases/${spell(caseId)}`)).status).toBe(404);
      },
    );

    it.each(letterCases)('reads the one case when the path spells its id in %s, and logs the read under that id', async (_, spell) => {
      const read = await casus.get(people.lotte, `/cases/${spell(caseId)}`);
      expect({ status: read.status, caseId: read.body.case?.caseId }).toEqual({ status: 200, caseId });
      const log = await casus.get(people.ilse, `/audit/access-log?caseId=${spell(caseId)}&limit=1000`);
      expect(log.body.items.length).toBeGreaterThan(0);
      expect(log.body.items.every((line: { caseId: string }) => line.caseId === caseId)).toBe(true);
    });

    it.each(letterCases)('takes a family member id in %s for the member already on record', async (_, spell) => {
      const correlationId = nextCorrelationId();
      const answer = await post(
        people.lotte,
        `/cases/${spell(caseId)}/record-family-member`,
        { ...mother, familyMemberId: spell(memberId) },
        correlationId,
      );
      expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 409, code: 'FAMILY_MEMBER.ALREADY_RECORDED' });
      expect(await counter.written(correlationId)).toBe(0);
    });

    it('stores every id in its one spelling, nested and listed ones too', async () => {
      const newCase = id(3);
      const upperChild = { ...signal(newCase.toUpperCase()), children: [{ childId: childId.toUpperCase(), birthDate: '2014-05-12' }] };
      const opened = await post(people.lotte, '/cases', upperChild);
      expect({ status: opened.status, caseId: opened.body.caseId }).toEqual({ status: 201, caseId: newCase });
      const parent = { ...mother, familyMemberId: id(24).toUpperCase(), parentalAuthorityOver: [childId.toUpperCase()] };
      expect((await post(people.lotte, `/cases/${newCase}/record-family-member`, parent)).status).toBe(200);
      const [signalled, recorded] = (await casus.eventsOf(newCase)).map((event) => event.data as Record<string, unknown>);
      expect(signalled).toMatchObject({ caseId: newCase, children: [{ childId }] });
      expect(recorded).toMatchObject({ familyMemberId: id(24), parentalAuthorityOver: [childId] });
    });
  });

  describe('a look-alike is refused', () => {
    it.each(lookAlikes)(
      'refuses a signal for the case id spelled with %s; the victim keeps the case and the other team sees nothing',
      async (_, spell) => {
        const total = await counter.total();
        await refused(async (correlationId) => post(people.pieter, '/cases', signal(spell(caseId)), correlationId), 'caseId');
        expect(await counter.total()).toBe(total);
        expect((await casus.get(people.lotte, `/cases/${caseId}`)).status).toBe(200);
        const listed = await casus.get(people.pieter, '/cases');
        expect(JSON.stringify(listed.body).toLowerCase()).not.toContain(caseId);
      },
    );

    it.each(lookAlikes)('refuses a step on the case id spelled with %s in the path', async (_, spell) => {
      await refused(
        async (correlationId) =>
          post(people.lotte, `/cases/${encodeURIComponent(spell(caseId))}/record-safety-assessment`, unsafeAssessment, correlationId),
        'caseId',
      );
    });

    it.each(lookAlikes)('refuses a family member id spelled with %s (400, not 500)', async (_, spell) => {
      await refused(
        async (correlationId) =>
          post(
            people.lotte,
            `/cases/${caseId}/record-family-member`,
            { ...mother, familyMemberId: spell('aa3e7c1d-2b4a-4c5d-8e6f-a1b2c3d4e5f8') },
            correlationId,
          ),
        'familyMemberId',
      );
    });

    it.each(lookAlikes)('refuses nested and listed ids spelled with %s', async (_, spell) => {
      const child = signal(id(2));
      const nested = { ...child, children: [{ ...child.children[0], childId: spell(childId) }] };
      await refused(async (correlationId) => post(people.lotte, '/cases', nested, correlationId), 'children.0.childId');
      const listed = { ...mother, familyMemberId: id(23), parentalAuthorityOver: [family.sanne, spell(childId)] };
      await refused(
        async (correlationId) => post(people.lotte, `/cases/${caseId}/record-family-member`, listed, correlationId),
        'parentalAuthorityOver',
      );
    });

    it.each(lookAlikes.slice(0, 2))('refuses placement and place ids spelled with %s', async (_, spell) => {
      const placement = { ...placementRequest(id(41)), placementId: spell(memberId) };
      await refused(
        async (correlationId) => post(people.lotte, `/cases/${caseId}/request-placement`, placement, correlationId),
        'placementId',
      );
      await refused(
        async (correlationId) => post(people.priya, '/placement-options', bestandspleeggezinAt(spell(childId)), correlationId),
        'optionId',
      );
    });
  });

  it('accepts the one spelling', async () => {
    expect((await post(people.lotte, `/cases/${caseId}/record-family-member`, mother)).status).toBe(200);
  });
});

describe('a log that already holds two spellings of one id', () => {
  const at = (streamId: string) => ({
    streamId,
    event: { id: randomUUID(), type: 'CaseClosed', data: { reason: 'x', closedOn: '2026-11-20' }, metadata: {} },
  });

  it.each([
    ['case', 'case-c23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b', 'case-C23C5F0A-9B1D-4E2F-8A3B-4C5D6E7F8A9B'],
    ['placement option', 'placement-option-d23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b', 'placement-option-D23C5F0A-9b1d-4e2f-8a3b-4c5d6e7f8a9b'],
    ['placement', 'placement-e23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b', 'placement-e23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9B'],
  ])('stops the API from starting (%s streams), saying which streams and how to repair', async (_, lower, other) => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      for (const { streamId, event } of [at(lower), at(other)])
        await store.appendToStream(streamId, [event], { expectedRevision: 'no-stream' });
      const started = createApp({
        databaseUrl: database.url,
        auth: { kind: 'dev', keyDir: scratchDir('casus-keys-') },
        logLevel: 'silent',
      });
      await expect(started).rejects.toThrow(new RegExp(`${other}[\\s\\S]*${lower}|${lower}[\\s\\S]*${other}`));
      await expect(started).rejects.toThrow(/repair/i);
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('stops the command line too: casus migrate refuses, and a look-alike case id argument is refused', async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url });
    const casus = (...args: string[]) => runCasus({ DATABASE_URL: database.url, CASUS_DATA_DIR: scratchDir('casus-cli-') }, ...args);
    try {
      const upper = 'C23C5F0A-9B1D-4E2F-8A3B-4C5D6E7F8A9B';
      const refusedArgument = await casus('verify', '--case', `{${upper}}`);
      expect(refusedArgument.code).not.toBe(0);
      expect(refusedArgument.stderr).toMatch(/lower case/);
      for (const streamId of [`case-${upper.toLowerCase()}`, `case-${upper}`])
        await store.appendToStream(streamId, [at(streamId).event], { expectedRevision: 'no-stream' });
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
      const app = await createApp({
        databaseUrl: database.url,
        auth: { kind: 'dev', keyDir: scratchDir('casus-keys-') },
        logLevel: 'silent',
      });
      await app.close();
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
