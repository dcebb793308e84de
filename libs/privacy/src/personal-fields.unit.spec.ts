import { CASE_EVENT_TYPES } from '@casus/domain';
import { ERASED, newPersonKey, open, seal } from './envelope';
import { personalFieldsOf, PERSONAL_EVENT_TYPES, revealPersonalData, sealedPersonsIn, sealPersonalData } from './personal-fields';

const mother = '00000000-0000-4000-8000-000000000021';
const sanne = '00000000-0000-4000-8000-000000000011';
const daan = '00000000-0000-4000-8000-000000000012';

const familyMember = {
  familyMemberId: mother,
  name: 'Fatima de Vries',
  relation: 'parent',
  parentalAuthorityOver: [sanne, daan],
  contact: { phone: '06-12345678' },
};

const returnDecision = {
  placementId: '00000000-0000-4000-8000-000000000941',
  decisionId: '00000000-0000-4000-8000-000000000981',
  decidedOn: '2026-11-23',
  outcome: { kind: 'return-home' },
  views: [
    { participant: 'child', childId: sanne, heard: true, statement: 'I want to go home', prefers: 'return-home' },
    { participant: 'child', childId: daan, heard: false, notHeardReason: 'Daan is three; observed at home visits' },
    { participant: 'parent', familyMemberId: mother, statement: 'We are ready', prefers: 'return-home' },
    {
      participant: 'gi',
      name: 'Gijs Mulder',
      organisation: 'William Schrikker Stichting',
      statement: 'Conditions are met',
      prefers: 'return-home',
    },
  ],
  rationale: 'Every condition met; everyone heard agrees',
  conditionsOverrideReason: null,
};

describe('which fields are personal data', () => {
  it("are a family member's name and contact details, keyed by the family member", () => {
    expect(personalFieldsOf('FamilyMemberRecorded', familyMember)).toEqual([
      { path: ['name'], person: mother },
      { path: ['contact'], person: mother },
    ]);
  });

  it("are the child's and the parent's own words in a return decision, not the professionals'", () => {
    expect(personalFieldsOf('ReturnDecisionRecorded', returnDecision)).toEqual([
      { path: ['views', 0, 'statement'], person: sanne },
      { path: ['views', 1, 'notHeardReason'], person: daan },
      { path: ['views', 2, 'statement'], person: mother },
    ]);
  });

  it("are the child's and the parent's own words on a proposed place, where heard and in the decision that rests on them", () => {
    const [sanneHeard, daanNotHeard, motherHeard] = returnDecision.views;
    const onPlace = (view: object) => ({ placementId: returnDecision.placementId, optionId: mother, view, heardOn: '2026-11-23' });
    expect(personalFieldsOf('PlacementViewRecorded', onPlace(sanneHeard))).toEqual([{ path: ['view', 'statement'], person: sanne }]);
    expect(personalFieldsOf('PlacementViewRecorded', onPlace(daanNotHeard))).toEqual([{ path: ['view', 'notHeardReason'], person: daan }]);
    expect(personalFieldsOf('PlacementViewRecorded', onPlace(motherHeard))).toEqual([{ path: ['view', 'statement'], person: mother }]);
    expect(personalFieldsOf('PlacementDecided', { reasons: 'close to school', views: [sanneHeard, daanNotHeard, motherHeard] })).toEqual([
      { path: ['views', 0, 'statement'], person: sanne },
      { path: ['views', 1, 'notHeardReason'], person: daan },
      { path: ['views', 2, 'statement'], person: mother },
    ]);
  });

  it("are each child's and family member's own words in a case note, sealed per person; the professional's text stays readable", () => {
    const note = {
      noteId: mother,
      text: 'Calm at home',
      agreed: ['Weekly visits'],
      ownWords: [
        { personId: mother, words: 'Het gaat beter' },
        { personId: sanne, words: 'Ik slaap weer goed' },
      ],
    };
    expect(personalFieldsOf('CaseNoteRecorded', note)).toEqual([
      { path: ['ownWords', 0, 'words'], person: mother },
      { path: ['ownWords', 1, 'words'], person: sanne },
    ]);
  });

  it("are where a family proposed from the child's network lives, on the case, on its place and in its figures, not a provider's place", () => {
    const grandmother = '00000000-0000-4000-8000-000000000023';
    const area = { municipality: 'Utrecht', municipalityCode: 'GM0344', region: 'Utrecht', location: { lat: 52.09, lon: 5.12 } };
    expect(personalFieldsOf('NetworkFamilyProposed', { familyMemberId: grandmother, provider: 'Pleegzorg Gelderland', area })).toEqual([
      { path: ['area'], person: grandmother },
    ]);
    const place = { kind: 'netwerkpleeggezin', provider: 'Pleegzorg Gelderland', ...area, capacity: 1 };
    expect(
      personalFieldsOf('PlacementOptionRegistered', { ...place, proposedFor: { caseId: sanne, familyMemberId: grandmother } }),
    ).toEqual(['municipality', 'municipalityCode', 'region', 'location'].map((field) => ({ path: [field], person: grandmother })));
    expect(personalFieldsOf('PlacementOptionRegistered', { ...place, kind: 'bestandspleeggezin' })).toEqual([]);
    const [herPlace, fosterFamily, farAway] = [mother, sanne, daan];
    const proposal = {
      ranked: [
        { optionId: fosterFamily, criteria: [] },
        { optionId: herPlace, criteria: [] },
      ],
      excluded: [{ optionId: farAway, reasons: [] }],
      networkFamilies: { [herPlace]: grandmother },
    };
    expect(personalFieldsOf('PlacementCandidatesProposed', proposal)).toEqual([{ path: ['ranked', 1, 'criteria'], person: grandmother }]);
    expect(personalFieldsOf('PlacementCandidatesProposed', { ...proposal, networkFamilies: { [farAway]: grandmother } })).toEqual([
      { path: ['excluded', 0, 'reasons'], person: grandmother },
    ]);
    expect(personalFieldsOf('PlacementCandidatesProposed', { ranked: proposal.ranked, excluded: [] })).toEqual([]);
  });

  it('are what a child or parent wrote in their own statement, request or complaint, sealed under them; the answers stay readable', () => {
    const statement = { statementId: daan, personId: sanne, text: 'Ik wil zelf kiezen', aboutEventNumber: null, addedOn: '2026-11-23' };
    expect(personalFieldsOf('OwnStatementAdded', statement)).toEqual([{ path: ['text'], person: sanne }]);
    const correction = {
      requestId: daan,
      personId: mother,
      aboutEventNumber: 2,
      what: 'Not at home',
      proposed: 'At work',
      requestedOn: '2026-11-23',
    };
    expect(personalFieldsOf('CorrectionRequested', correction)).toEqual([
      { path: ['what'], person: mother },
      { path: ['proposed'], person: mother },
    ]);
    const destruction = { requestId: daan, personId: sanne, reason: 'Opnieuw beginnen', requestedOn: '2026-11-23', decideBy: '2027-02-23' };
    expect(personalFieldsOf('DestructionRequested', destruction)).toEqual([{ path: ['reason'], person: sanne }]);
    expect(personalFieldsOf('DestructionRequested', { ...destruction, reason: null })).toEqual([]);
    const complaint = {
      complaintId: daan,
      personId: mother,
      about: 'The talk',
      text: 'Not heard',
      filedOn: '2026-11-23',
      handleBy: '2027-01-04',
    };
    expect(personalFieldsOf('ComplaintFiled', complaint)).toEqual([
      { path: ['about'], person: mother },
      { path: ['text'], person: mother },
    ]);
    for (const type of ['CorrectionDecided', 'DestructionRequestDecided', 'ComplaintHandled'])
      expect(personalFieldsOf(type, { requestId: daan, reason: 'Weighed', correction: 'At work' })).toEqual([]);
  });

  it('are nowhere else in a case: ids, dates, structure and professionals’ text stay readable', () => {
    // The events of other streams: the place opened for a proposed network family, and the proposal ranking it.
    const caseTypes = PERSONAL_EVENT_TYPES.filter((type) => !['PlacementOptionRegistered', 'PlacementCandidatesProposed'].includes(type));
    expect(caseTypes.every((type) => (CASE_EVENT_TYPES as readonly string[]).includes(type))).toBe(true);
    expect(personalFieldsOf('SafetyAssessed', { findings: 'The children are frightened' })).toEqual([]);
    expect(personalFieldsOf('PersonalDataErased', { personId: mother, reason: 'request of the person' })).toEqual([]);
    // A change of authority names the person by id; its reason and source are the professional's record.
    expect(
      personalFieldsOf('ParentalAuthorityChanged', {
        familyMemberId: mother,
        parentalAuthorityOver: [daan],
        reason: 'court decision',
        source: 'court-decision',
      }),
    ).toEqual([]);
  });
});

describe('sealing and revealing an event', () => {
  const keys = new Map([mother, sanne, daan].map((person) => [person, newPersonKey()]));
  const sealed = sealPersonalData('ReturnDecisionRecorded', returnDecision, (person, value) => seal(keys.get(person)!, person, value));

  it('keeps ids, outcome and the professionals’ views readable and hides the family’s own words', () => {
    const text = JSON.stringify(sealed);
    expect(text).not.toMatch(/I want to go home|Daan is three|We are ready/);
    expect(text).toContain('Conditions are met');
    expect(sealed).toMatchObject({
      decisionId: returnDecision.decisionId,
      outcome: { kind: 'return-home' },
      views: [{ childId: sanne, heard: true }, { childId: daan }, { familyMemberId: mother }, {}],
    });
    expect([...sealedPersonsIn(sealed)].sort()).toEqual([sanne, daan, mother].sort());
    expect(returnDecision.views[0].statement).toBe('I want to go home');
  });

  it('reveals to the data as written while every key exists', () => {
    expect(revealPersonalData(sealed, (envelope) => open(keys.get(envelope.$personal.person)!, envelope))).toEqual(returnDecision);
  });

  it('shows [erased] for the data of a person whose key is gone, and only theirs', () => {
    const revealed = revealPersonalData(sealed, (envelope) =>
      envelope.$personal.person === mother ? ERASED : open(keys.get(envelope.$personal.person)!, envelope),
    );
    const views = revealed.views as { statement?: string; notHeardReason?: string }[];
    expect(views.map((view) => view.statement ?? view.notHeardReason)).toEqual([
      'I want to go home',
      'Daan is three; observed at home visits',
      '[erased]',
      'Conditions are met',
    ]);
    const member = sealPersonalData('FamilyMemberRecorded', familyMember, (person, value) => seal(keys.get(person)!, person, value));
    expect(revealPersonalData(member, () => ERASED)).toEqual({ ...familyMember, name: '[erased]', contact: '[erased]' });
  });
});
