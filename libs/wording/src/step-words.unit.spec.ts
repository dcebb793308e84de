import { CASE_EVENT_TYPES, type CaseEvent, type CaseEventType } from '@casus/domain';
import { personalFieldsOf } from '@casus/privacy';
import { LANGUAGES } from './words';
import { STEP_WORDS, stepLine } from './step-words';

type DataOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>['data'];

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [sanne, daan, mother] = [id(11), id(12), id(21)];

/** One event of every type, with family personal data wherever an event can carry it. */
const SAMPLES: { [T in CaseEventType]: DataOf<T> } = {
  SignalRegistered: {
    caseId: id(1),
    receivedAt: '2026-11-02T08:15:00.000Z',
    source: 'veilig-thuis',
    concerns: ['domestic violence'],
    children: [{ childId: sanne, birthDate: '2014-05-12' }],
    description: 'Police report of a fight at home',
    urgency: 'acute',
    municipality: 'Ede',
    municipalityCode: 'GM0228',
    team: 'wijkteam-ede-noord',
    organisation: 'Gemeente Ede',
    safetyAssessmentDueOn: '2026-11-03',
  },
  NewSignalRecorded: {
    signalId: id(3),
    receivedAt: '2026-11-20T09:00:00.000Z',
    source: 'school',
    concerns: ['absence from school'],
    childIds: [sanne, daan],
    description: 'Both children missed a week of school',
    urgency: 'regular',
    safetyAssessmentDueOn: '2026-11-27',
  },
  VeiligThuisInvestigationStarted: { startedOn: '2026-11-04', reason: 'Signs of abuse need a closer look', dueOn: '2027-01-13' },
  VeiligThuisInvestigationConcluded: { conclusion: 'confirmed', findings: 'Violence at home confirmed', concludedOn: '2026-12-20' },
  CaseHandedOverToLocalTeam: {
    team: 'wijkteam-ede-noord',
    organisation: 'Gemeente Ede',
    fromTeam: 'veilig-thuis-gm',
    summary: 'Safety plan in place; help at home to arrange',
    handedOverOn: '2026-12-21',
    formerTeamReadEndsOn: '2027-01-18',
  },
  CaseLeadAssigned: { leadId: id(2), name: 'Lotte Jansen', team: 'wijkteam-ede-noord' },
  FamilyMemberRecorded: {
    familyMemberId: mother,
    name: 'Fatima de Vries',
    relation: 'parent',
    parentalAuthorityOver: [sanne],
    contact: { phone: '06-12345678', address: 'Molenstraat 7' },
  },
  ParentalAuthorityChanged: {
    familyMemberId: mother,
    parentalAuthorityOver: [],
    previousAuthorityOver: [sanne],
    source: 'court-decision',
    reason: 'ruling of the court',
    changedOn: '2026-11-04',
  },
  ConsentRecorded: {
    consentId: id(3),
    givenBy: { giver: 'family-member', familyMemberId: mother },
    purpose: 'voluntary-placement',
    childIds: [sanne, daan],
    givenOn: '2026-11-05',
  },
  ConsentWithdrawn: { consentId: id(3), withdrawnOn: '2026-11-06', reason: 'authority lost' },
  SafetyAssessed: { assessmentId: id(4), outcome: 'acute-unsafe', findings: 'violence at home', assessedOn: '2026-11-03' },
  SafetyPlanAgreed: { safetyPlanId: id(5), conditions: ['no contact'], reviewOn: '2026-12-01', agreedBy: [mother] },
  JeugdlinkRequested: { reason: 'unsafe despite the plan', requestedOn: '2026-11-07', team: 'jeugdlink-foodvalley' },
  JeugdlinkJoined: {
    team: 'jeugdlink-foodvalley',
    members: [{ memberId: id(6), name: 'Anouk de Boer', organisation: 'Veilig Thuis Gelderland-Midden' }],
    purpose: 'assess a protective measure',
    joinedOn: '2026-11-08',
  },
  JeugdlinkInvolvementEnded: { team: 'jeugdlink-foodvalley', reason: 'GI took over', endedOn: '2026-11-20' },
  CourtOrderRecorded: {
    courtOrderId: id(7),
    kind: 'machtiging-uithuisplaatsing',
    childId: sanne,
    issuedOn: '2026-11-16',
    validFrom: '2026-11-16',
    validUntil: '2027-05-16',
    court: 'Rechtbank Gelderland',
    caseNumber: 'C/05/123456',
    giOrganisation: 'William Schrikker Stichting',
    extendsCourtOrderId: null,
    parentsHearingDueOn: null,
  },
  CourtOrderEnded: {
    courtOrderId: id(7),
    childId: sanne,
    how: 'lifted',
    endedOn: '2027-01-10',
    decidedOn: '2027-01-08',
    court: 'Rechtbank Gelderland',
    caseNumber: 'C/05/123999',
    decision: 'The court lifts the order: the safety plan works.',
    becauseOf: null,
  },
  AppealLodged: {
    appealId: id(30),
    courtOrderId: id(7),
    childId: sanne,
    lodgedOn: '2026-12-01',
    lodgedBy: 'parent',
    court: 'Gerechtshof Arnhem-Leeuwarden',
    caseNumber: '200.123.456',
  },
  RaadAdviceRecorded: {
    adviceId: id(17),
    courtOrderId: id(5),
    childId: id(1),
    requestCaseNumber: 'C/05/123457 / JE RK 27-100',
    requestedOn: '2027-09-20',
    advisor: 'R. Smit',
    office: 'Raad voor de Kinderbescherming Midden-Nederland',
    recommendation: 'extend',
    advice: 'The OTS is still needed for a year',
    advisedOn: '2027-10-10',
  },
  AppealDecided: {
    appealId: id(30),
    courtOrderId: id(7),
    outcome: 'shortened',
    decidedOn: '2027-02-01',
    decision: 'The order runs to the end of March.',
    lastDay: '2027-03-31',
  },
  WrittenInstructionGiven: {
    instructionId: id(31),
    childId: sanne,
    courtOrderId: id(7),
    addressedTo: [id(3)],
    instruction: 'Attend the parenting course every week.',
    reason: 'The safety plan asks for it.',
    givenOn: '2026-12-02',
    complyBy: '2027-01-15',
  },
  InstructionFollowedUp: { instructionId: id(31), outcome: 'complied', on: '2027-01-16', note: 'Attended every session.' },
  PlacementRequested: {
    placementId: id(8),
    childIds: [sanne],
    legalBasis: 'court-order',
    needs: { careIntensity: 'intensive', specialisations: [], description: 'calm and routine' },
    urgency: 'regular',
    intendedStartOn: '2026-11-20',
    siblingSeparationReason: null,
  },
  NetworkFamilyProposed: {
    optionId: id(15),
    familyMemberId: id(16),
    provider: 'Pleegzorg Gelderland',
    capacity: 1,
    careIntensities: ['light', 'medium'],
    area: { municipality: 'Utrecht', municipalityCode: 'GM0344', region: 'Utrecht', location: { lat: 52.09, lon: 5.12 } },
    proposedOn: '2026-11-19',
  },
  PlacementDecided: {
    placementId: id(8),
    optionId: id(9),
    provider: 'Pleegzorg Gelderland',
    reasons: 'own network',
    viewsHeard: [{ participant: 'child', view: 'Sanne wants to stay with her aunt' }],
    behaviouralScientistConsent: { name: 'Dr. Bos', consentedOn: '2026-11-19' },
    decidedOn: '2026-11-19',
  },
  PlacementViewRecorded: {
    placementId: id(8),
    optionId: id(9),
    view: { participant: 'child', childId: id(1), heard: true, statement: 'I want to stay with my aunt' },
    heardOn: '2026-11-19',
  },
  IntroductionPlanned: {
    placementId: id(8),
    introductionId: id(14),
    optionId: id(9),
    plannedOn: '2026-11-25',
    participants: { childIds: [id(1)], familyMemberIds: [id(2)], others: ['the foster parents'] },
  },
  IntroductionHeld: { placementId: id(8), introductionId: id(14), heldOn: '2026-11-25' },
  PlacementStarted: { placementId: id(8), startedOn: '2026-11-21', planOfActionDueOn: '2026-12-21' },
  PlacementPlanRecorded: { placementId: id(8), perspectiveDecisionOn: '2027-05-01', justification: 'return is the aim' },
  ReturnHomePlanDrafted: {
    placementId: id(8),
    conditions: [{ conditionId: id(10), description: 'course finished', responsible: 'mother' }],
    support: 'weekly visits',
    targetOn: '2027-03-01',
  },
  ReturnConditionAssessed: {
    placementId: id(8),
    conditionId: id(10),
    met: false,
    evidence: 'course not finished',
    assessedOn: '2027-02-01',
  },
  ReturnDecisionRecorded: {
    placementId: id(8),
    decisionId: id(13),
    decidedOn: '2027-03-01',
    outcome: { kind: 'not-yet', reviewOn: '2027-06-01' },
    views: [
      { participant: 'child', childId: sanne, heard: true, statement: 'Ik wil naar huis', prefers: 'return-home' },
      { participant: 'parent', familyMemberId: mother, statement: 'Ik ben er klaar voor', prefers: 'return-home' },
    ],
    rationale: 'the course is not finished',
    conditionsOverrideReason: null,
  },
  ChildReturnedHome: { placementId: id(8), childIds: [sanne], returnedOn: '2027-06-02', aftercare: 'six months of visits' },
  PlacementRequestWithdrawn: {
    placementId: id(8),
    childIds: [sanne],
    reason: 'No place fits; the grandparents take her in',
    withdrawnOn: '2026-12-03',
  },
  PlacementRematchRequested: {
    placementId: id(8),
    needs: { careIntensity: 'intensive', specialisations: ['trauma'], description: 'Needs a calm home after a breakdown' },
    reason: 'A new gezinshuis opened',
    requestedOn: '2026-12-04',
  },
  ChildLeftPlacement: {
    placementId: id(8),
    childIds: [sanne],
    leftOn: '2027-03-01',
    reason: 'breakdown',
    explanation: 'The place broke down',
  },
  FosterChildContactRecorded: {
    placementId: id(8),
    childId: sanne,
    contactId: id(15),
    kind: 'conversation',
    heldOn: '2027-01-10',
    nextDueOn: '2027-05-10',
  },
  FosterCareChoiceRecorded: {
    placementId: id(8),
    childId: sanne,
    choice: 'continue',
    chosenOn: '2031-11-01',
    placementEndsOn: '2035-05-12',
  },
  PlacementEnded: { placementId: id(8), childIds: [sanne], endedOn: '2027-06-02', reason: 'return-home', explanation: 'back home' },
  CaseNoteRecorded: {
    noteId: id(40),
    kind: 'home-visit',
    on: '2026-11-20',
    present: { childIds: [sanne], familyMemberIds: [mother], professionals: [{ name: 'Lotte Jansen', organisation: 'Gemeente Ede' }] },
    text: 'Calm at home; the kitchen was tidy',
    agreed: ['Mother calls the wijkteam when tension rises'],
    ownWords: [
      { personId: mother, words: 'Het gaat beter sinds papa weg is' },
      { personId: sanne, words: 'Ik slaap weer goed' },
    ],
    writtenBy: { professionalId: id(2), role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede' },
    corrects: null,
  },
  TaskGiven: {
    taskId: id(41),
    kind: 'appointment',
    description: 'Home visit with the mother',
    assignee: { kind: 'team', name: 'wijkteam-ede-noord', professionalId: id(2) },
    dueOn: '2026-12-01',
    at: '2026-12-01T09:30:00.000Z',
    givenOn: '2026-11-23',
    givenBy: { professionalId: id(2), role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede' },
  },
  TaskCompleted: { taskId: id(41), doneOn: '2026-12-01' },
  TaskCancelled: { taskId: id(41), reason: 'The mother moved the visit', cancelledOn: '2026-11-30' },
  HelpPlanAgreed: {
    helpPlanId: id(20),
    agreedOn: '2026-11-10',
    agreedWith: [mother],
    goals: [{ goalId: id(21), description: 'Sanne goes to school every day', childIds: [sanne] }],
    services: [
      {
        serviceId: id(22),
        kind: 'ambulatory-youth-care',
        provider: 'Karakter',
        description: 'Weekly sessions',
        beschikking: { reference: 'JH-2026-0412', decidedOn: '2026-11-09' },
      },
    ],
    evaluateOn: '2027-02-10',
  },
  HelpPlanRevised: {
    helpPlanId: id(20),
    revisedOn: '2027-02-10',
    agreedWith: [mother],
    goals: [{ goalId: id(21), description: 'Sanne goes to school every day', childIds: [sanne] }],
    services: [],
    reason: 'the sessions ended',
  },
  HelpPlanEvaluated: {
    helpPlanId: id(20),
    evaluationId: id(23),
    evaluatedOn: '2027-02-10',
    goals: [{ goalId: id(21), progress: 'achieved', note: 'no absence since December' }],
    nextEvaluationOn: '2027-05-10',
  },
  HelpPlanEnded: { helpPlanId: id(20), endedOn: '2027-06-10', reason: 'every goal reached' },
  PerspectiveDecided: {
    placementId: id(8),
    decisionId: id(24),
    childIds: [sanne],
    decidedOn: '2027-05-01',
    perspective: 'foster-family',
    where: null,
    views: [
      { participant: 'child', childId: sanne, heard: true, statement: 'I want to stay with Els', prefers: 'foster-family' },
      { participant: 'parent', familyMemberId: mother, statement: 'I cannot care for her now', prefers: 'foster-family' },
    ],
    justification: 'Sanne is rooted in the foster family; home is not safe in time',
  },
  AftercareStarted: {
    aftercareId: id(25),
    childIds: [sanne],
    after: 'return-home',
    startedOn: '2027-06-02',
    content: 'Home visits every two weeks by the wijkteam',
    plannedEndOn: '2027-12-02',
  },
  AftercareEnded: { aftercareId: id(25), endedOn: '2027-12-02', howItWent: 'stable at home, school going well' },
  CaseClosed: { reason: 'goals reached', closedOn: '2027-12-01' },
  CaseReopened: { reason: 'new signal', reopenedOn: '2028-01-05' },
  PersonalDataErased: { personId: mother, reason: 'AVG art. 17 request', authorisedBy: 'Ilse Kok', erasedOn: '2028-02-01' },
  CaseFileDestroyed: {
    ground: {
      kind: 'retention-term-ended',
      kinds: ['jeugdhulp', 'gi'],
      decidingKind: 'gi',
      termYears: 30,
      from: 'majority',
      careEndedOn: '2027-12-01',
      retainUntil: '2064-06-01',
      source: 'Rijksoverheid Q&A',
    },
    destroyedOn: '2064-06-02',
  },
  CaseTransferred: {
    fromTeam: 'wijkteam-ede-noord',
    fromOrganisation: 'Gemeente Ede',
    toTeam: 'wijkteam-wageningen',
    toOrganisation: 'Gemeente Wageningen',
    reason: 'move',
    explanation: 'The family moved to Wageningen',
    handover: { heldOn: '2028-03-01', receivedBy: 'Ilse Kok', note: 'The safety plan holds; school knows of the move' },
    municipality: 'Wageningen',
    municipalityCode: 'GM0289',
    transferredOn: '2028-03-02',
    formerTeamReadEndsOn: '2028-03-30',
    jeugdlinkHandedOver: { fromTeam: 'jeugdlink-foodvalley', toTeam: 'jeugdlink-wageningen' },
  },
  ChargedGiChanged: {
    childId: sanne,
    courtOrderIds: [id(61), id(62)],
    fromGiOrganisation: 'William Schrikker Stichting',
    toGiOrganisation: 'Jeugdbescherming Gelderland',
    explanation: 'The family moved out of the region the GI serves',
    handover: { heldOn: '2028-03-01', receivedBy: 'Ilse Kok', note: 'The written instruction on school attendance is complied with' },
    changedOn: '2028-03-02',
    formerGiReadEndsOn: '2028-03-30',
  },
  OwnStatementAdded: {
    statementId: id(71),
    personId: sanne,
    text: 'Ik wil zelf kiezen wanneer ik mijn moeder zie',
    aboutEventNumber: 4,
    addedOn: '2028-04-01',
  },
  CorrectionRequested: {
    requestId: id(72),
    personId: mother,
    aboutEventNumber: 3,
    what: 'Ik woon niet in de Molenstraat',
    proposed: 'Ik woon op de Dorpsweg 4',
    requestedOn: '2028-04-02',
  },
  CorrectionDecided: {
    requestId: id(72),
    aboutEventNumber: 3,
    decision: 'corrected',
    reason: 'The address was taken from an old letter',
    correction: 'Mother lives at another address since March',
    decidedOn: '2028-04-09',
  },
  DestructionRequested: {
    requestId: id(73),
    personId: sanne,
    reason: 'Ik wil niet dat dit blijft bestaan',
    requestedOn: '2028-05-01',
    decideBy: '2028-08-01',
  },
  DestructionRequestDecided: {
    requestId: id(73),
    decision: 'refuse',
    exception: 'considerable-interest-of-another',
    reason: 'Daan’s part of the file is still needed for his care',
    decidedOn: '2028-06-01',
  },
  ComplaintFiled: {
    complaintId: id(74),
    personId: mother,
    about: 'Het gesprek van 3 april',
    text: 'Ik werd niet gehoord',
    filedOn: '2028-04-05',
    handleBy: '2028-05-17',
  },
  ComplaintHandled: {
    complaintId: id(74),
    outcome: 'partly-upheld',
    reason: 'The talk was rushed; a new talk is planned',
    handledOn: '2028-05-10',
  },
  FamilyAccountLinked: { personId: mother, accountId: id(301), linkedOn: '2026-12-01' },
  FamilyAccountLinkEnded: { personId: mother, accountId: id(301), endedOn: '2027-01-04', reason: 'Moeder verhuisde naar het buitenland' },
  PartWithheldFromFamily: {
    withholdingId: id(302),
    eventNumber: 7,
    from: [mother],
    ground: 'privacy-of-another',
    reason: 'The note names the neighbour who reported',
    withheldOn: '2026-12-01',
  },
  WithholdingEnded: { withholdingId: id(302), endedOn: '2027-02-01', reason: 'The neighbour agreed' },
  PartMarkedNotForParents: { markId: id(303), eventNumber: 9, reason: 'Contact ban: the foster family’s address', markedOn: '2026-12-01' },
};

const samples = Object.entries(SAMPLES).map(([type, data]) => ({ type, data }) as CaseEvent);

/** Every string of personal data the samples carry, found through the fields the privacy lib seals. */
function personalValues(event: CaseEvent): string[] {
  const values = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(values) : [];
  return personalFieldsOf(event.type, event.data).flatMap((field) =>
    values(field.path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], event.data)),
  );
}

describe('the words of every case step (one table for timeline, story, export, CLI and app)', () => {
  it('has a sample for each event type the domain knows', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(Object.keys(STEP_WORDS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
  });

  it('names every event type in Dutch and in English, no two the same', () => {
    for (const language of LANGUAGES) {
      const names = CASE_EVENT_TYPES.map((type) => STEP_WORDS[type].name[language]);
      expect(names.filter((name) => name.trim() === '')).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
    }
    const both = CASE_EVENT_TYPES.filter((type) => STEP_WORDS[type].name.nl === STEP_WORDS[type].name.en);
    expect(both).toEqual([]);
  });

  it('tells each step in both languages, with no hole where data was missing', () => {
    for (const event of samples) {
      const lines = LANGUAGES.map((language) => stepLine(event, language));
      expect({ type: event.type, differ: lines[0] !== lines[1] }).toEqual({ type: event.type, differ: true });
      for (const line of lines) expect(line).not.toMatch(/undefined|null|\[object/);
    }
  });

  it('never puts a family member’s personal data into words', () => {
    const withData = samples.filter((event) => personalValues(event).length > 0).map((event) => event.type);
    expect(withData).toEqual([
      'FamilyMemberRecorded',
      'NetworkFamilyProposed',
      'PlacementViewRecorded',
      'ReturnDecisionRecorded',
      'CaseNoteRecorded',
      'PerspectiveDecided',
      'OwnStatementAdded',
      'CorrectionRequested',
      'DestructionRequested',
      'ComplaintFiled',
    ]);
    for (const event of samples)
      for (const language of LANGUAGES)
        for (const value of personalValues(event))
          expect({ type: event.type, line: stepLine(event, language) }).not.toEqual({
            type: event.type,
            line: expect.stringContaining(value),
          });
  });

  it('words a court order by its kind, and says when it extends one', () => {
    const order = SAMPLES.CourtOrderRecorded;
    expect(stepLine({ type: 'CourtOrderRecorded', data: order }, 'nl')).toBe(
      'Machtiging uithuisplaatsing afgegeven door Rechtbank Gelderland, geldig van 2026-11-16 tot 2027-05-16',
    );
    expect(stepLine({ type: 'CourtOrderRecorded', data: { ...order, kind: 'ots', extendsCourtOrderId: id(14) } }, 'en')).toBe(
      'Supervision order (OTS) extended by Rechtbank Gelderland, valid 2026-11-16 to 2027-05-16',
    );
  });
});
