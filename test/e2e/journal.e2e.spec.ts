import { Pool } from 'pg';
import { jeugdlinkJoin, jeugdlinkRequest, lead, mother } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { NOW, startCasusApi, type CasusApi } from './support/casus-api';
import { runCasus } from './support/casus-cli';
import { eventually, readWhenCaughtUp } from './support/eventually';
import { family, id, people, type Actor } from './support/people';
import { scratchDir } from '../setup/scratch';

const parent: Actor = { id: family.mother, role: 'family', team: 'family', organisation: 'family', name: mother.name };
const motherSays = 'Sinds de hulp komt gaat het echt beter thuis';
const sanneSays = 'Ik slaap weer goed en ik wil op voetbal';
const WORDS = /echt beter thuis|op voetbal/;

/**
 * Issue 16: the work between the steps. Dated notes by who writes to the case, corrected by new notes;
 * the family's own words in them sealed per person and gone with an erasure; tasks and appointments
 * for a team that writes to the case, on the deadlines list and in the workload.
 */
describe('the journal of a case: notes, tasks and appointments', () => {
  let casus: CasusApi;
  let pool: Pool;
  let now = NOW;
  let lastPosition = '0:0';
  let notePosition = '0:0';
  const caseId = id(1600);
  const [noteId, correctionId, taskId, appointmentId, cancelledId] = [id(1601), id(1602), id(1611), id(1612), id(1613)];
  const dir = scratchDir('casus-journal-');
  const { step, refused, read, open, underCourtOrder } = caseSteps(() => casus, caseId);

  const homeVisit = {
    noteId,
    kind: 'home-visit',
    on: '2026-11-20',
    present: {
      childIds: [family.sanne],
      familyMemberIds: [family.mother],
      professionals: [{ name: people.lotte.name, organisation: people.lotte.organisation }],
    },
    text: 'Calm at home; Sanne showed her room. Mother keeps the agreements of the safety plan.',
    agreed: ['Mother calls the wijkteam when tension rises', 'Next home visit in two weeks'],
    ownWords: [
      { personId: family.mother, words: motherSays },
      { personId: family.sanne, words: sanneSays },
    ],
  };
  const task = (overrides: object = {}) => ({
    taskId,
    kind: 'task',
    description: 'Ask the school how Sanne is doing since the summer',
    assignee: { kind: 'team', name: people.anouk.team, professionalId: people.anouk.id },
    dueOn: '2026-11-24',
    ...overrides,
  });
  const caseOf = async (actor: Actor) => (await read(actor, `/cases/${caseId}`)).case;
  const deadlines = async (position: string) =>
    (await readWhenCaughtUp(() => casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${position}`))).body.items;

  beforeAll(async () => {
    casus = await startCasusApi({ clock: () => now });
    pool = new Pool({ connectionString: casus.databaseUrl, max: 1 });
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'request-jeugdlink', jeugdlinkRequest);
    await step(people.anouk, 'join-jeugdlink', jeugdlinkJoin);
    await underCourtOrder(1620);
  });
  afterAll(async () => {
    await pool?.end();
    await casus?.close();
  });

  describe('case notes', () => {
    it('records a dated note with who was present and what was agreed; the case shows it, the family’s words sealed in the store', async () => {
      ({ position: notePosition } = await step(people.lotte, 'record-case-note', homeVisit));
      const { notes } = await caseOf(people.lotte);
      expect(notes).toEqual([
        expect.objectContaining({
          noteId,
          kind: 'home-visit',
          on: '2026-11-20',
          agreed: homeVisit.agreed,
          ownWords: homeVisit.ownWords,
          writtenBy: {
            professionalId: people.lotte.id,
            role: 'wijkteam',
            team: people.lotte.team,
            organisation: people.lotte.organisation,
          },
          correctionReason: null,
          earlierVersions: [],
        }),
      ]);
      const { rows } = await pool.query<{ data: string }>(`SELECT data::text FROM events WHERE event_type = 'CaseNoteRecorded'`);
      expect(rows).toHaveLength(1);
      expect(rows[0].data).not.toMatch(WORDS);
      // The professional's own text is sealed too, under the case's key (destroyed with the file).
      expect(rows[0].data).not.toContain('Mother keeps the agreements');
      expect(JSON.parse(rows[0].data).text).toEqual({ $personal: expect.objectContaining({ person: caseId }) });
    });

    it('is read by whoever reads the case (the joined Jeugdlink team, the charged GI, the auditor), and by no one else', async () => {
      for (const reader of [people.anouk, people.gijs, people.ilse]) {
        expect((await caseOf(reader)).notes.map((n: { noteId: string }) => n.noteId)).toEqual([noteId]);
      }
      for (const outsider of [people.pieter, people.ruben, people.priya, parent]) {
        const response = await casus.get(outsider, `/cases/${caseId}`);
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'CASE.NOT_FOUND' });
      }
    });

    it('is never in a step line: the timeline says the kind and the day only', async () => {
      const { steps } = (
        await readWhenCaughtUp(() =>
          casus.get(people.lotte, `/cases/${caseId}/timeline?minPosition=${notePosition}`, { 'Accept-Language': 'en' }),
        )
      ).body;
      const line = steps.find((s: { type: string }) => s.type === 'CaseNoteRecorded');
      expect(line.summary).toBe('Case note recorded: home visit on 2026-11-20');
      expect(JSON.stringify(steps)).not.toMatch(/echt beter thuis|op voetbal|Sanne showed her room|calls the wijkteam/);
    });

    it('is corrected by a new note that points at it: the case shows the latest version with its history', async () => {
      await step(people.anouk, 'record-case-note', {
        ...homeVisit,
        noteId: correctionId,
        on: '2026-11-19',
        corrects: { noteId, reason: 'The visit was on Thursday, not Friday' },
      });
      const { notes } = await caseOf(people.lotte);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ noteId: correctionId, on: '2026-11-19', correctionReason: 'The visit was on Thursday, not Friday' });
      expect(notes[0].earlierVersions).toEqual([expect.objectContaining({ noteId, on: '2026-11-20' })]);
      await refused(
        people.lotte,
        'record-case-note',
        { ...homeVisit, noteId: id(1603), corrects: { noteId, reason: 'x' } },
        422,
        'NOTE.ALREADY_CORRECTED',
      );
    });

    it('is not written by an outsider team, an auditor, a provider or a family member, and nothing is written', async () => {
      const again = { ...homeVisit, noteId: id(1604) };
      for (const outsider of [people.pieter, people.ruben, people.priya, parent]) {
        await refused(outsider, 'record-case-note', again, 404, 'CASE.NOT_FOUND');
      }
      await refused(people.ilse, 'record-case-note', again, 403, 'ACCESS.READ_ONLY_ROLE');
    });

    it('refuses words of someone not present, and malformed input with 400 per field', async () => {
      const fatherSays = { ...homeVisit, noteId: id(1605), ownWords: [{ personId: family.father, words: 'Ik was er niet' }] };
      await refused(people.lotte, 'record-case-note', fatherSays, 422, 'NOTE.WORDS_OF_ABSENT');
      const { present: _present, ...withoutPresent } = { ...homeVisit, noteId: id(1606) };
      const malformed = await refused(people.lotte, 'record-case-note', { ...withoutPresent, kind: 'gossip' }, 400, 'REQUEST.INVALID');
      expect(JSON.stringify(malformed.body)).toMatch(/present/);
      expect(JSON.stringify(malformed.body)).toMatch(/kind/);
    });

    it('loses the mother’s words with her erasure, in every version, in state, timeline and export; the chain still verifies', async () => {
      const erased = await runCasus(
        { DATABASE_URL: casus.databaseUrl, CASUS_USER: 'admin-jan', CASUS_DATA_DIR: dir },
        'erase',
        '--person',
        family.mother,
        '--reason',
        'Verzoek tot verwijdering (AVG art. 17)',
        '--authorised-by',
        'Ilse Kok',
      );
      expect(erased.code).toBe(0);
      const { notes } = await caseOf(people.lotte);
      for (const version of [notes[0], ...notes[0].earlierVersions]) {
        expect(version.ownWords).toEqual([
          { personId: family.mother, words: '[erased]' },
          { personId: family.sanne, words: sanneSays },
        ]);
      }
      const views = {
        state: await read(people.ilse, `/cases/${caseId}/state`),
        export: await read(people.ilse, `/cases/${caseId}/export`),
        timeline: await eventually(async () => {
          const { body } = await casus.get(people.lotte, `/cases/${caseId}/timeline`, { 'Accept-Language': 'en' });
          return JSON.stringify(body).includes('Personal data of a family member erased') ? body : undefined;
        }, 'the erasure on the timeline'),
      };
      for (const [name, view] of Object.entries(views)) {
        expect({ name, view: JSON.stringify(view) }).toEqual({ name, view: expect.not.stringContaining(motherSays) });
      }
      expect(JSON.stringify(views.export)).toContain(sanneSays);
      const overview = await eventually(async () => {
        const { rows } = await pool.query<{ state: string }>('SELECT state::text FROM rm_case_overview WHERE case_id = $1', [caseId]);
        return rows[0]?.state.includes('[erased]') ? rows[0].state : undefined;
      }, 'the erasure in the case overview');
      expect(overview).not.toContain(motherSays);
      expect(await read(people.ilse, `/cases/${caseId}/integrity`)).toMatchObject({ intact: true, firstBreak: null });
      // Her words are not written again on a later note: she would be a new person to the record.
      await refused(people.lotte, 'record-case-note', { ...homeVisit, noteId: id(1607) }, 409, 'PRIVACY.PERSON_ERASED');
    });
  });

  describe('tasks and appointments', () => {
    it('gives a task to a professional of the joined Jeugdlink team and an appointment to the case team: both on the deadlines list', async () => {
      await step(people.lotte, 'give-task', task());
      const { position } = await step(people.anouk, 'give-task', {
        taskId: appointmentId,
        kind: 'appointment',
        description: 'Home visit with the mother and Sanne',
        assignee: { kind: 'team', name: people.lotte.team },
        dueOn: '2026-12-01',
        at: '2026-12-01T10:30:00+01:00',
      });
      expect((await caseOf(people.lotte)).tasks).toEqual([
        expect.objectContaining({ taskId, status: 'open', dueOn: '2026-11-24', at: null, givenOn: '2026-11-23' }),
        expect.objectContaining({ taskId: appointmentId, status: 'open', at: '2026-12-01T09:30:00.000Z' }),
      ]);
      const open = (await deadlines(position)).filter((d: { kind: string }) => d.kind === 'task' || d.kind === 'appointment');
      expect(open).toEqual([
        expect.objectContaining({
          kind: 'task',
          dueOn: '2026-11-24',
          status: 'open',
          description: expect.stringContaining(people.anouk.team),
        }),
        expect.objectContaining({ kind: 'appointment', dueOn: '2026-12-01', dueAt: '2026-12-01T09:30:00.000Z', status: 'open' }),
      ]);
    });

    it('refuses a task for a team that cannot write to the case, and writes nothing', async () => {
      for (const assignee of [
        { kind: 'team', name: people.pieter.team },
        { kind: 'team', name: people.ruben.team },
        { kind: 'gi', name: 'Jeugdbescherming Gelderland' },
      ]) {
        await refused(people.lotte, 'give-task', task({ taskId: id(1614), assignee }), 422, 'TASK.ASSIGNEE_CANNOT_WRITE');
      }
      ({ position: lastPosition } = await step(
        people.lotte,
        'give-task',
        task({ taskId: cancelledId, assignee: { kind: 'gi', name: people.gijs.organisation }, dueOn: '2026-11-28' }),
      ));
    });

    it('is not given, done or cancelled by an outsider team, an auditor, a provider or a family member', async () => {
      for (const [path, body] of [
        ['give-task', task({ taskId: id(1615) })],
        ['complete-task', { taskId, doneOn: '2026-11-23' }],
        ['cancel-task', { taskId, reason: 'Not needed' }],
      ] as const) {
        for (const outsider of [people.pieter, people.ruben, people.priya, parent])
          await refused(outsider, path, body, 404, 'CASE.NOT_FOUND');
        await refused(people.ilse, path, body, 403, 'ACCESS.READ_ONLY_ROLE');
      }
      await refused(people.lotte, 'give-task', task({ taskId: id(1616), kind: 'appointment' }), 422, 'TASK.APPOINTMENT_WITHOUT_TIME');
      await refused(people.lotte, 'give-task', task({ taskId: id(1617), dueOn: '2026-11-20' }), 422, 'TASK.DUE_IN_PAST');
    });

    it('shows the open task as overdue once its day passed, in the deadlines list and in the workload', async () => {
      now = new Date('2026-11-26T10:00:00.000Z');
      const overdue = (await deadlines(lastPosition)).filter(
        (d: { kind: string; status: string }) => d.kind === 'task' && d.status === 'overdue',
      );
      expect(overdue).toEqual([expect.objectContaining({ kind: 'task', deadlineId: `task:${taskId}`, dueOn: '2026-11-24' })]);
      const workload = (await read(people.lotte, '/workload')).teams;
      expect(workload).toEqual([expect.objectContaining({ team: people.lotte.team, openTasks: 3, overdueTasks: 1 })]);
    });

    it('is done, or cancelled with a reason: off the open list, and never twice', async () => {
      await step(people.anouk, 'complete-task', { taskId, doneOn: '2026-11-25' });
      const { position } = await step(people.gijs, 'cancel-task', { taskId: cancelledId, reason: 'The GI spoke with the school itself' });
      await refused(people.lotte, 'complete-task', { taskId, doneOn: '2026-11-26' }, 422, 'TASK.NOT_OPEN');
      await refused(people.lotte, 'cancel-task', { taskId: id(1699), reason: 'x' }, 404, 'TASK.NOT_FOUND');
      const statuses = (await deadlines(position))
        .filter((d: { kind: string }) => d.kind === 'task' || d.kind === 'appointment')
        .map((d: { deadlineId: string; status: string }) => [d.deadlineId, d.status]);
      expect(statuses.sort()).toEqual(
        [
          [`task:${taskId}`, 'met'],
          [`appointment:${appointmentId}`, 'open'],
          [`task:${cancelledId}`, 'cancelled'],
        ].sort(),
      );
      const workload = (await read(people.lotte, '/workload')).teams;
      expect(workload).toEqual([expect.objectContaining({ openTasks: 1, overdueTasks: 0 })]);
      expect((await caseOf(people.lotte)).tasks.map((t: { status: string }) => t.status)).toEqual(['done', 'open', 'cancelled']);
    });

    it('ends with the case: closing it cancels the appointment still open, on the record and on the deadlines list', async () => {
      const { position } = await step(people.lotte, 'close', { reason: 'Safe at home; the family goes on without us' });
      expect((await caseOf(people.lotte)).tasks.find((t: { taskId: string }) => t.taskId === appointmentId)).toMatchObject({
        status: 'cancelled',
        cancelled: { on: '2026-11-26', reason: 'case closed: Safe at home; the family goes on without us' },
      });
      const appointment = (await deadlines(position)).find((d: { deadlineId: string }) => d.deadlineId === `appointment:${appointmentId}`);
      expect(appointment).toMatchObject({ status: 'cancelled', closedBy: expect.objectContaining({ type: 'TaskCancelled' }) });
    });
  });
});
