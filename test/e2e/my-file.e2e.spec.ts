import { stepsToPlacementRequest } from './support/walk-to-placement-request';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, familyAccounts, id, people, type Actor } from './support/people';

const sanneSays = 'Ik heb het aan de juf verteld, niet aan mama';
const confidentialNote = 'Sanne told the teacher about the fights; she asked that her mother not be told';
const GRANDMOTHERS_HOME = { lat: 52.0917, lon: 5.1214 };
const grandmother = id(3051);

/**
 * Issue 18, "Mijn dossier": Sanne (12), her mother (with authority) and her father (without) read their own file as the
 * inspection rules allow; Daan (7) and anyone whose link ended or who is linked elsewhere read nothing. A parent never
 * meets a part marked not for the parents, where the child may live, or the content of a part withheld from them.
 */
describe('the family’s own file (GET /my-file)', () => {
  let casus: CasusApi;
  const caseId = id(3000);
  const otherCaseId = id(3001);
  const { open, step, read } = caseSteps(() => casus, caseId);
  let linked = '';
  const numbers: Record<string, number> = {};
  const asFamily = async (actor: Actor, path: string) => casus.get(actor, path);
  const logOf = async (user: Actor) =>
    (await read(people.ilse, `/audit/access-log?caseId=${caseId}&user=${user.id}`)).items as { ground: string; action: string }[];

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    const walk = stepsToPlacementRequest({ placementId: id(3041), otsId: id(3061), machtigingId: id(3062) });
    for (const [actor, path, body] of walk) {
      const { revision } = await step(actor, path, body);
      numbers[path] = revision;
    }
    const father = { familyMemberId: family.father, name: 'Mark de Vries', relation: 'parent', parentalAuthorityOver: [], contact: {} };
    await step(people.lotte, 'record-family-member', father);
    await step(people.lotte, 'record-family-member', {
      familyMemberId: grandmother,
      name: 'Ans de Vries',
      relation: 'grandparent',
      parentalAuthorityOver: [],
      contact: { phone: '06-87654321' },
    });
    await step(people.gijs, 'propose-network-family', {
      optionId: id(3052),
      familyMemberId: grandmother,
      provider: 'Pleegzorg Utrecht',
      capacity: 1,
      careIntensities: ['light', 'medium'],
      area: { municipality: 'Utrecht', region: 'Utrecht', location: GRANDMOTHERS_HOME },
    });
    await step(people.gijs, 'withdraw-placement-request', {
      placementId: id(3041),
      reason: 'Her grandmother in Utrecht can take her in; she is screened first',
    });
    const note = await step(people.lotte, 'record-case-note', {
      noteId: id(3071),
      kind: 'conversation-with-child',
      on: '2026-11-20',
      present: { childIds: [family.sanne], familyMemberIds: [], professionals: [] },
      text: confidentialNote,
      agreed: [],
      ownWords: [{ personId: family.sanne, words: sanneSays }],
    });
    numbers.note = note.revision;
    await step(people.lotte, 'mark-not-for-parents', { markId: id(3072), eventNumber: note.revision, reason: 'Said in confidence' });
    await step(people.lotte, 'withhold-from-family', {
      withholdingId: id(3073),
      eventNumber: numbers['record-safety-assessment'],
      from: 'parents',
      ground: 'privacy-of-another',
      reason: 'It names the neighbour who heard the fights',
    });
    for (const [personId, account] of [
      [family.sanne, familyAccounts.sanne],
      [family.mother, familyAccounts.mother],
      [family.father, familyAccounts.father],
      [family.daan, familyAccounts.daan],
    ] as const) {
      linked = (await step(people.lotte, 'link-family-account', { personId, accountId: account.id })).position;
    }
    // A provider looks at the case it may not read: its refused look is a line of the case's access log.
    expect((await casus.get(people.priya, `/cases/${caseId}`)).status).toBe(404);
  });
  afterAll(() => casus.close());

  it('lists the files of the account with the right it has, and nothing for a child under 12', async () => {
    // The list comes from the read model of live links: asked as of the last link, as the app asks after a step.
    expect((await read(familyAccounts.mother, `/my-file?minPosition=${linked}`)).files).toEqual([
      { caseId, personId: family.mother, as: 'parent', right: 'file', municipality: 'Ede', status: 'open' },
    ]);
    expect((await read(familyAccounts.father, '/my-file')).files).toEqual([
      expect.objectContaining({ caseId, personId: family.father, right: 'information' }),
    ]);
    expect((await read(familyAccounts.daan, '/my-file')).files).toEqual([]);
    expect(await logOf(familyAccounts.daan)).toEqual([expect.objectContaining({ ground: "refused: not among this case's readers" })]);
  });

  it('shows Sanne her own file, her own words in it, and the part withheld from her parents only', async () => {
    const file = await read(familyAccounts.sanne, `/my-file/${caseId}`);
    expect(file.you).toEqual(expect.objectContaining({ personId: family.sanne, as: 'kind', right: 'file' }));
    const note = file.happened.find((line: { eventNumber: number }) => line.eventNumber === numbers.note);
    expect(note.ownWords).toEqual([{ whoText: 'Jouw woorden', words: sanneSays }]);
    const assessment = file.happened.find((line: { eventNumber: number }) => line.eventNumber === numbers['record-safety-assessment']);
    expect(assessment.why).toBe('Repeated violence between the parents; the children are frightened.');
    expect(file.withheld).toEqual([]);
    expect(file.next.length).toBeGreaterThan(0);
    expect(await logOf(familyAccounts.sanne)).toEqual(
      expect.arrayContaining([expect.objectContaining({ ground: `family member inspecting their own file (person ${family.sanne})` })]),
    );
  });

  it('never shows a parent a part marked not for the parents, nor a trace of it', async () => {
    const file = await read(familyAccounts.mother, `/my-file/${caseId}`);
    const seen = JSON.stringify(file);
    expect(file.happened.map((line: { eventNumber: number }) => line.eventNumber)).not.toContain(numbers.note);
    expect(seen).not.toContain(sanneSays);
    expect(seen).not.toContain(confidentialNote);
    expect(seen).not.toContain('Said in confidence');
  });

  it('never shows a parent where the child may live: no place, provider, area or location', async () => {
    const seen = JSON.stringify(await read(familyAccounts.mother, `/my-file/${caseId}`));
    for (const place of ['Utrecht', 'Pleegzorg Utrecht', String(GRANDMOTHERS_HOME.lat), 'Needs calm and routine'])
      expect(seen).not.toContain(place);
    // The child's own view may say where she may live.
    expect(JSON.stringify(await read(familyAccounts.sanne, `/my-file/${caseId}`))).toContain('grandmother in Utrecht');
  });

  it('shows a parent that a part was withheld, when and why, never what', async () => {
    const file = await read(familyAccounts.mother, `/my-file/${caseId}`);
    expect(file.withheld).toEqual([
      {
        on: '2026-11-23',
        text: 'Een deel van het dossier is niet voor jou te zien.',
        groundText: 'de privacy van iemand anders',
        reason: 'It names the neighbour who heard the fights',
      },
    ]);
    expect(file.happened.map((line: { eventNumber: number }) => line.eventNumber)).not.toContain(numbers['record-safety-assessment']);
    expect(JSON.stringify(file)).not.toContain('Repeated violence between the parents');
  });

  it('gives a parent without authority the important facts, not the file', async () => {
    const file = await read(familyAccounts.father, `/my-file/${caseId}`);
    expect(file.you).toEqual(expect.objectContaining({ right: 'information' }));
    expect(file).not.toHaveProperty('happened');
    expect(file).not.toHaveProperty('next');
    expect(file).not.toHaveProperty('withheld');
    expect(file.information.length).toBeGreaterThan(0);
    const seen = JSON.stringify(file);
    for (const kept of [sanneSays, confidentialNote, 'Repeated violence', 'Utrecht']) expect(seen).not.toContain(kept);
  });

  it('shows who looked in plain words: a parent never a provider’s look, nor another family member’s; names hidden by default', async () => {
    const mine = await read(familyAccounts.mother, `/my-file/${caseId}/access-log`);
    expect(mine.namesShown).toBe(false);
    expect(mine.lines.length).toBeGreaterThan(0);
    expect(mine.lines.every((line: object) => !('name' in line))).toBe(true);
    const seen = JSON.stringify(mine);
    expect(seen).not.toContain(people.priya.organisation);
    expect(seen).not.toContain(people.lotte.name);
    const familyLines = (view: { lines: { roleText: string }[] }) => view.lines.filter((line) => line.roleText === 'gezinslid').length;
    expect(familyLines(mine)).toBe((await logOf(familyAccounts.mother)).length);
    const sannes = await read(familyAccounts.sanne, `/my-file/${caseId}/access-log`);
    expect(sannes.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organisation: people.priya.organisation, groundText: 'mocht niet kijken en kreeg niets te zien' }),
      ]),
    );
    expect(familyLines(sannes)).toBe((await logOf(familyAccounts.sanne)).length);
  });

  it('gives nothing to a child under 12, nor to an account linked on another case, and logs each refusal', async () => {
    await open(otherCaseId);
    await step(people.lotte, 'link-family-account', { personId: family.sanne, accountId: id(3099) }, otherCaseId);
    const elsewhere: Actor = { ...familyAccounts.sanne, id: id(3099) };
    for (const [who, path] of [
      [familyAccounts.daan, `/my-file/${caseId}`],
      [familyAccounts.daan, `/my-file/${caseId}/access-log`],
      [elsewhere, `/my-file/${caseId}`],
      [elsewhere, `/my-file/${caseId}/access-log`],
    ] as const) {
      const response = await asFamily(who, path);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 404, code: 'CASE.NOT_FOUND' });
    }
    expect((await logOf(elsewhere)).map((line) => line.ground)).toEqual([
      "refused: not among this case's readers",
      "refused: not among this case's readers",
    ]);
  });

  it('refuses a professional on every family endpoint (403, logged), and a family token on the professional’s (404)', async () => {
    for (const path of ['/my-file', `/my-file/${caseId}`, `/my-file/${caseId}/access-log`]) {
      const response = await casus.get(people.lotte, path);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 403, code: 'ACCESS.FAMILY_ONLY' });
    }
    expect((await logOf(people.lotte)).filter((line) => line.action.startsWith('GET /my-file')).map((line) => line.ground)).toEqual([
      "refused: a wijkteam does not read the family's own file",
      "refused: a wijkteam does not read the family's own file",
    ]);
    for (const path of [`/cases/${caseId}`, `/cases/${caseId}/timeline`, `/cases/${caseId}/history`]) {
      const response = await casus.get(familyAccounts.mother, path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('reads nothing once the link ended: not the file, not who looked, not the list', async () => {
    await step(people.lotte, 'end-family-account-link', { personId: family.father, reason: 'Father asked to stop' });
    for (const path of [`/my-file/${caseId}`, `/my-file/${caseId}/access-log`]) {
      const response = await asFamily(familyAccounts.father, path);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 404, code: 'CASE.NOT_FOUND' });
    }
    const listed = await casus
      .http()
      .get('/my-file')
      .set(await casus.as(familyAccounts.father));
    expect(listed.status).toBe(200);
    expect(listed.body.files).toEqual([]);
  });
});
