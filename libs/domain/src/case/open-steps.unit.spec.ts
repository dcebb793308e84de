import fc from 'fast-check';
import { addDays } from '../shared/iso-date';
import { Actor } from './actor';
import { caseCommand, CaseCommand, CaseCommandType } from './commands';
import { decide } from './decide/decide';
import { DomainError, DomainErrorCode } from './errors';
import { CaseEvent } from './events';
import { openSteps, OpenStep, stepsOutsideCase } from './open-steps';
import { ExistingCase } from './state';
import { actors, event, ids, NOW, TODAY, uuid } from './testing/fixtures';
import { stateAfter } from './testing/given-when-then';
import {
  assessedUnsafe,
  childrenPlacedVoluntarily,
  familyConsented,
  handedOverToWijkteam,
  jeugdlinkEnded,
  jeugdlinkJoined,
  jeugdlinkRequested,
  machtigingForSanne,
  otsForSanne,
  parentsRecorded,
  placementDecided,
  placementRequested,
  reservation,
  returnHomePlanDrafted,
  signalRegistered,
  signalRegisteredByVeiligThuis,
} from './testing/story';

const closed = event('CaseClosed', { reason: 'Help at home is working', closedOn: '2026-11-20' });
const destroyed = event('CaseFileDestroyed', { ground: 'retention-term-ended', destroyedOn: '2026-11-21' } as never);
const investigationStarted = event('VeiligThuisInvestigationStarted', {
  startedOn: '2026-11-03',
  reason: 'Police report',
  dueOn: '2027-01-12',
});
const courtOrdered = [signalRegistered, ...parentsRecorded, otsForSanne, machtigingForSanne];
const returnHomeDecided = event('ReturnDecisionRecorded', {
  placementId: ids.placement,
  decisionId: ids.decision,
  decidedOn: '2026-11-22',
  outcome: { kind: 'return-home', returnOn: '2026-11-23' },
  views: [],
  rationale: 'The conditions are met',
  conditionsOverrideReason: null,
} as never);

const helpPlanAgreed = event('HelpPlanAgreed', {
  helpPlanId: uuid(800),
  agreedOn: '2026-11-20',
  agreedWith: [ids.mother],
  goals: [{ goalId: uuid(801), description: 'Sanne goes to school every day', childIds: [ids.sanne] }],
  services: [{ serviceId: uuid(811), kind: 'parenting-support', provider: 'Wijkteam Ede-Noord', description: 'Weekly parenting course' }],
  evaluateOn: '2027-02-20',
});
const helpPlanEnded = event('HelpPlanEnded', { helpPlanId: uuid(800), endedOn: '2026-11-22', reason: 'Goals reached' });
const assessedSafe = event('SafetyAssessed', { ...assessedUnsafe.data, outcome: 'safe' });

/** Cases across the phases, the Jeugdlink course, a court order, Veilig Thuis's lead and the case's end. */
const HISTORIES: Readonly<Record<string, readonly CaseEvent[]>> = {
  'a fresh signal': [signalRegistered],
  'assessed unsafe, parents known': [signalRegistered, ...parentsRecorded, assessedUnsafe, ...familyConsented],
  'assessed safe': [signalRegistered, assessedSafe],
  'a help plan running': [signalRegistered, ...parentsRecorded, helpPlanAgreed],
  'a help plan ended': [signalRegistered, ...parentsRecorded, helpPlanAgreed, helpPlanEnded],
  'Jeugdlink requested': [signalRegistered, jeugdlinkRequested],
  'Jeugdlink joined': [signalRegistered, jeugdlinkRequested, jeugdlinkJoined],
  'Jeugdlink ended': [signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded],
  'an OTS and machtiging for Sanne': courtOrdered,
  'a court-ordered placement requested': [...courtOrdered, placementRequested(ids.placement, [ids.sanne], 'court-order')],
  'a court-ordered placement decided': [
    ...courtOrdered,
    placementRequested(ids.placement, [ids.sanne], 'court-order'),
    placementDecided(ids.placement),
  ],
  'a voluntary placement requested': [
    ...courtOrdered.slice(0, 3),
    ...familyConsented,
    placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary'),
  ],
  'placed voluntarily': childrenPlacedVoluntarily,
  'a return home planned': [...childrenPlacedVoluntarily, returnHomePlanDrafted],
  'a return home decided': [...childrenPlacedVoluntarily, returnHomePlanDrafted, returnHomeDecided],
  'closed with a child placed before': [...childrenPlacedVoluntarily.slice(0, 3), closed],
  destroyed: [signalRegistered, closed, destroyed],
  'registered by Veilig Thuis': [signalRegisteredByVeiligThuis],
  'Veilig Thuis investigating': [signalRegisteredByVeiligThuis, investigationStarted],
  'handed over by Veilig Thuis': [signalRegisteredByVeiligThuis, handedOverToWijkteam],
};

const ACTORS: readonly Actor[] = Object.values(actors);
const UNKNOWN_PLACEMENT = uuid(999);

/** Valid payloads where the test has them; the rest carry what access and the state preconditions read. */
const VALID: Partial<Record<CaseCommandType, object>> = {
  AssignCaseLead: { leadId: ids.lead, name: 'Ilse Kok' },
  RequestJeugdlink: { reason: 'Unsafe despite the safety plan', team: actors.jeugdlink.team },
  JoinJeugdlink: { members: jeugdlinkJoined.data.members, purpose: 'Assess whether a protective measure is needed' },
  EndJeugdlinkInvolvement: { reason: 'OTS issued' },
  CloseCase: { reason: 'Help at home is working' },
  // A new plan has an id of its own: reusing one is a payload refusal with the same code as a plan running.
  AgreeHelpPlan: { helpPlanId: uuid(850) },
  ReopenCase: { reason: 'A new signal' },
  WithdrawPlacementRequest: { reason: 'No place can be found' },
  StartPlacement: { startedOn: TODAY },
  EndPlacement: { endedOn: TODAY, reason: 'breakdown', explanation: 'The place broke down' },
  DecidePlacement: {
    reservation,
    reasons: 'Close to school',
    behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: TODAY },
  },
};

/** The commands that could take the step as open-steps judged it: about its placement, naming each child it concerns. */
function commandsFor(step: OpenStep, state: ExistingCase, actor: Actor): CaseCommand[] {
  const placement = state.placements.find((p) => p.placementId === step.placementId);
  const children = placement?.childIds ?? state.children.map((child) => child.childId);
  return children.map((childId) => {
    const data = {
      placementId: step.placementId ?? UNKNOWN_PLACEMENT,
      childId,
      childIds: children,
      helpPlanId: state.helpPlan?.helpPlanId ?? UNKNOWN_PLACEMENT,
      legalBasis: 'court-order',
      ...VALID[step.type],
    };
    return caseCommand(step.type, ids.case, data as never, actor);
  });
}

function refusalOf(command: CaseCommand, state: ExistingCase, now: Date): DomainErrorCode | null {
  try {
    decide(command, state, now);
    return null;
  } catch (error) {
    // A skeleton payload may break a payload rule in any way; only refusals say something about access and state.
    return error instanceof DomainError ? error.code : null;
  }
}

type Case = Readonly<{ history: string; actor: Actor; now: Date }>;

const stepsIn = ({ history, actor, now }: Case) => {
  const state = stateAfter(HISTORIES[history]) as ExistingCase;
  return { state, steps: openSteps(actor, state, now) };
};

const EVERY_CASE: readonly Case[] = Object.keys(HISTORIES).flatMap((history) => ACTORS.map((actor) => ({ history, actor, now: NOW })));

/** The codes that close each step somewhere: what an open step must never meet. */
const closingCodes = new Map<CaseCommandType, Set<DomainErrorCode>>();
for (const one of EVERY_CASE) {
  for (const step of stepsIn(one).steps) {
    if (!step.open) closingCodes.set(step.type, (closingCodes.get(step.type) ?? new Set()).add(step.code));
  }
}

function disagreements(one: Case): string[] {
  const { state, steps } = stepsIn(one);
  return steps.flatMap((step) => {
    const refusals = commandsFor(step, state, one.actor).map((command) => refusalOf(command, state, one.now));
    const where = `${one.history}, ${one.actor.role} ${one.actor.team}, ${step.type}`;
    if (!step.open) {
      return refusals.every((code) => code === step.code) ? [] : [`${where}: closed by ${step.code}, decide says ${refusals.join('/')}`];
    }
    const closing = closingCodes.get(step.type) ?? new Set();
    return refusals.some((code) => code === null || !closing.has(code)) ? [] : [`${where}: open, decide says ${refusals.join('/')}`];
  });
}

describe('open steps agree with the decider', () => {
  it('covers the spread: every history leaves some step open for someone and closes some by state', () => {
    for (const history of Object.keys(HISTORIES)) {
      const steps = ACTORS.flatMap((actor) => stepsIn({ history, actor, now: NOW }).steps);
      if (history !== 'destroyed') expect(steps.some((step) => step.open)).toBe(true);
      expect(steps.some((step) => !step.open && !step.code.startsWith('ACCESS.'))).toBe(true);
    }
  });

  it('for every history and actor today: a closed step is refused with its code, an open one never with a closing code', () => {
    expect(EVERY_CASE.flatMap(disagreements)).toEqual([]);
  });

  it('on any day of the year after: court orders end, former readers lose their read, the answers still agree', () => {
    const oneCase = fc.record({
      history: fc.constantFrom(...Object.keys(HISTORIES)),
      actor: fc.constantFrom(...ACTORS),
      now: fc.integer({ min: -20, max: 400 }).map((days) => new Date(`${addDays(TODAY, days)}T10:00:00.000Z`)),
    });
    fc.assert(
      fc.property(oneCase, (one) => {
        expect(disagreements(one)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a wijkteam lead on a fresh signal may assign a lead and write a note, not decide a placement that is not there', () => {
    const { steps } = stepsIn({ history: 'a fresh signal', actor: actors.caseTeam, now: NOW });
    const of = (type: CaseCommandType) => steps.find((step) => step.type === type);
    expect(of('AssignCaseLead')).toMatchObject({ open: true });
    expect(of('RecordCaseNote')).toMatchObject({ open: true });
    expect(of('DecidePlacement')).toMatchObject({ open: false, code: 'PLACEMENT.NOT_FOUND' });
    expect(of('ReopenCase')).toMatchObject({ open: false, code: 'CASE.NOT_CLOSED' });
    expect(of('RegisterSignal')).toBeUndefined();
  });

  it('a closed case leaves its lead only the reopening', () => {
    const { steps } = stepsIn({ history: 'closed with a child placed before', actor: actors.caseTeam, now: NOW });
    expect(steps.filter((step) => step.open).map((step) => step.type)).toEqual(['ReopenCase']);
  });

  it('outside any case only registering a signal is asked about, open for who may register', () => {
    expect(stepsOutsideCase(actors.caseTeam, NOW)).toEqual([{ type: 'RegisterSignal', open: true }]);
    expect(stepsOutsideCase(actors.auditor, NOW)).toMatchObject([{ type: 'RegisterSignal', open: false, code: 'ACCESS.READ_ONLY_ROLE' }]);
    expect(stepsOutsideCase(actors.gi, NOW)).toMatchObject([{ type: 'RegisterSignal', open: false, code: 'ACCESS.STEP_NOT_FOR_ROLE' }]);
  });
});
