import { addDays, addMonths, planOfActionDueOn, safetyAssessmentDueOn, type CaseEvent } from '@casus/domain';
import type { EventStore, EventToAppend, LogPosition } from '@casus/event-store';
import { caseCodec, streamIdForCase, type EventActor } from '@casus/streams';
import { randomUUID } from 'node:crypto';

/** Deterministic pseudo-random numbers (mulberry32), so a generated history is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TEAMS = [
  { team: 'wijkteam-ede-noord', municipality: 'Ede', municipalityCode: 'GM0228', organisation: 'Gemeente Ede' },
  { team: 'wijkteam-wageningen', municipality: 'Wageningen', municipalityCode: 'GM0289', organisation: 'Gemeente Wageningen' },
  { team: 'sociaal-team-barneveld', municipality: 'Barneveld', municipalityCode: 'GM0203', organisation: 'Gemeente Barneveld' },
  { team: 'wijkteam-veenendaal', municipality: 'Veenendaal', municipalityCode: 'GM0345', organisation: 'Gemeente Veenendaal' },
];
const JEUGDLINK = { team: 'jeugdlink-foodvalley', organisation: 'Veilig Thuis Gelderland-Midden' };
const GI = 'William Schrikker Stichting';

type Step = { event: CaseEvent; actor: EventActor; reason?: string };

/**
 * The events of one realistic case: signal, lead, family, assessment, and then, depending on the
 * dice, a safety plan, Jeugdlink, court orders, a placement with a return home, and closure.
 */
export function generateCase(rand: () => number, startOn = '2026-01-05'): { caseId: string; events: Step[] } {
  const caseId = randomUUID();
  const home = TEAMS[Math.floor(rand() * TEAMS.length)];
  const wijkteam = { id: randomUUID(), role: 'wijkteam' as const, team: home.team, organisation: home.organisation };
  const jeugdlink = { id: randomUUID(), role: 'jeugdlink' as const, ...JEUGDLINK };
  const gi = { id: randomUUID(), role: 'gi' as const, team: '', organisation: GI };
  const day = (offset: number) => addDays(startOn, Math.floor(rand() * 300) + offset);
  const opened = day(0);
  const receivedAt = `${opened}T09:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00.000Z`;
  const urgency = rand() < 0.15 ? 'acute' : 'regular';
  const children = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
    childId: randomUUID(),
    birthDate: addDays('2010-01-01', Math.floor(rand() * 5_000)),
  }));
  const [mother, father] = [randomUUID(), randomUUID()];
  const steps: Step[] = [];
  const add = (event: CaseEvent, actor: EventActor = wijkteam, reason?: string) => steps.push({ event, actor, reason });
  add({
    type: 'SignalRegistered',
    data: {
      caseId,
      receivedAt,
      source: rand() < 0.5 ? 'veilig-thuis' : 'school',
      concerns: ['neglect'],
      children,
      description: 'Worries about the children at home',
      urgency,
      municipality: home.municipality,
      municipalityCode: home.municipalityCode,
      team: home.team,
      organisation: home.organisation,
      safetyAssessmentDueOn: safetyAssessmentDueOn(receivedAt, urgency),
    },
  });
  add({ type: 'CaseLeadAssigned', data: { leadId: wijkteam.id, name: 'Ilse de Boer', team: home.team } });
  for (const id of [mother, father]) {
    add({
      type: 'FamilyMemberRecorded',
      data: {
        familyMemberId: id,
        name: 'Parent',
        relation: 'parent',
        parentalAuthorityOver: children.map((c) => c.childId),
        contact: { phone: '06-00000000' },
      },
    });
  }
  // A fifth of the cases are still waiting for their safety assessment.
  if (rand() < 0.2) return { caseId, events: steps };
  const unsafe = rand() < 0.6;
  add({
    type: 'SafetyAssessed',
    data: {
      assessmentId: randomUUID(),
      outcome: unsafe ? 'unsafe' : 'safe',
      findings: 'Findings of the assessment',
      assessedOn: addDays(opened, 3),
    },
  });
  if (!unsafe) {
    if (rand() < 0.5)
      add({ type: 'CaseClosed', data: { reason: 'Safe; no further help needed', closedOn: addDays(opened, 10) } }, wijkteam, 'safe');
    return { caseId, events: steps };
  }
  add({
    type: 'SafetyPlanAgreed',
    data: {
      safetyPlanId: randomUUID(),
      conditions: ['No violence', 'Daily school'],
      reviewOn: addDays(opened, 42),
      agreedBy: [mother, father],
    },
  });
  if (rand() < 0.5) return { caseId, events: steps };
  add(
    { type: 'JeugdlinkRequested', data: { reason: 'Unsafe despite the plan', requestedOn: addDays(opened, 14), team: JEUGDLINK.team } },
    wijkteam,
    'escalation',
  );
  add(
    {
      type: 'JeugdlinkJoined',
      data: {
        team: JEUGDLINK.team,
        members: [{ memberId: jeugdlink.id, name: 'Anouk', organisation: JEUGDLINK.organisation }],
        purpose: 'Assess a protective measure',
        joinedOn: addDays(opened, 15),
      },
    },
    jeugdlink,
  );
  const child = children[0].childId;
  const orderedOn = addDays(opened, 30);
  const ots = randomUUID();
  const order = (courtOrderId: string, kind: 'ots' | 'machtiging-uithuisplaatsing', until: string) =>
    add(
      {
        type: 'CourtOrderRecorded',
        data: {
          courtOrderId,
          kind,
          childId: child,
          issuedOn: orderedOn,
          validFrom: orderedOn,
          validUntil: until,
          court: 'Rechtbank Gelderland',
          caseNumber: 'C/05/1',
          giOrganisation: GI,
          extendsCourtOrderId: null,
          parentsHearingDueOn: null,
        },
      },
      gi,
    );
  order(ots, 'ots', addMonths(orderedOn, 12));
  if (rand() < 0.4) return { caseId, events: steps };
  order(randomUUID(), 'machtiging-uithuisplaatsing', addMonths(orderedOn, 6));
  const placementId = randomUUID();
  const startedOn = addDays(orderedOn, 7);
  add(
    {
      type: 'PlacementRequested',
      data: {
        placementId,
        childIds: [child],
        legalBasis: 'court-order',
        needs: { careIntensity: 'medium', specialisations: [], description: 'Calm home' },
        urgency: 'regular',
        intendedStartOn: startedOn,
        siblingSeparationReason: children.length > 1 ? 'Needs differ' : null,
      },
    },
    gi,
  );
  add(
    {
      type: 'PlacementDecided',
      data: {
        placementId,
        optionId: randomUUID(),
        provider: 'Pleegzorg Gelderland',
        reasons: 'Network foster family',
        viewsHeard: [],
        behaviouralScientistConsent: { name: 'Dr. Peters', consentedOn: startedOn },
        decidedOn: startedOn,
      },
    },
    gi,
  );
  add({ type: 'PlacementStarted', data: { placementId, startedOn, planOfActionDueOn: planOfActionDueOn(startedOn) } }, gi);
  if (rand() < 0.4) return { caseId, events: steps };
  add({
    type: 'PlacementPlanRecorded',
    data: { placementId, perspectiveDecisionOn: addMonths(startedOn, 6), justification: 'Young child' },
  });
  if (rand() < 0.5) return { caseId, events: steps };
  const conditionId = randomUUID();
  const returnedOn = addMonths(startedOn, 5);
  add({
    type: 'ReturnHomePlanDrafted',
    data: {
      placementId,
      conditions: [{ conditionId, description: 'Calm at home', responsible: 'parents' }],
      support: 'Weekly visits',
      targetOn: returnedOn,
    },
  });
  add({
    type: 'ReturnConditionAssessed',
    data: { placementId, conditionId, met: true, evidence: 'Three calm months', assessedOn: returnedOn },
  });
  add(
    {
      type: 'ReturnDecisionRecorded',
      data: {
        placementId,
        decisionId: randomUUID(),
        decidedOn: returnedOn,
        outcome: { kind: 'return-home' },
        views: [{ participant: 'child', childId: child, heard: true, statement: 'I want to go home', prefers: 'return-home' }],
        rationale: 'Conditions met',
        conditionsOverrideReason: null,
      },
    },
    gi,
  );
  add({ type: 'ChildReturnedHome', data: { placementId, childIds: [child], returnedOn, aftercare: 'Wijkteam visits' } });
  add({
    type: 'PlacementEnded',
    data: { placementId, childIds: [child], endedOn: returnedOn, reason: 'return-home', explanation: 'Back home' },
  });
  add({ type: 'CaseClosed', data: { reason: 'Child home and safe', closedOn: addMonths(returnedOn, 3) } }, wijkteam, 'goal reached');
  return { caseId, events: steps };
}

export function toAppend(step: Step, correlationId: string): EventToAppend {
  const { event, actor, reason } = step;
  return caseCodec.encode(event, randomUUID(), { actor, reason, correlationId, causationId: correlationId }, new Date());
}

/**
 * Appends `count` generated cases in rounds: each case in chunks of a few steps, so the streams
 * interleave in the log the way a busy day of professionals does.
 */
export async function appendCases(
  store: EventStore,
  count: number,
  seed = 1,
  concurrency = 8,
): Promise<{ events: number; last: LogPosition | null }> {
  const rand = random(seed);
  const pending = Array.from({ length: count }, () => {
    const { caseId, events: steps } = generateCase(rand);
    return { streamId: streamIdForCase(caseId), steps, written: 0 };
  });
  let events = 0;
  let last: LogPosition | null = null;
  while (pending.some((c) => c.written < c.steps.length)) {
    const round = pending.filter((c) => c.written < c.steps.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < round.length) {
          const stream = round[next++];
          const chunk = stream.steps.slice(stream.written, stream.written + 1 + Math.floor(rand() * 4));
          const correlationId = randomUUID();
          const result = await store.appendToStream(
            stream.streamId,
            chunk.map((s) => toAppend(s, correlationId)),
            {
              expectedRevision: stream.written === 0 ? 'no-stream' : stream.written - 1,
            },
          );
          stream.written += chunk.length;
          events += chunk.length;
          if (
            !last ||
            result.position.commit > last.commit ||
            (result.position.commit === last.commit && result.position.prepare > last.prepare)
          ) {
            last = result.position;
          }
        }
      }),
    );
  }
  return { events, last };
}
