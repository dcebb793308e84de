import { actors, command, ids, uuid } from './testing/fixtures';
import { given } from './testing/given-when-then';
import {
  requestPlacement,
  childrenPlacedVoluntarily,
  courtOrder,
  jeugdlinkEnded,
  jeugdlinkJoined,
  jeugdlinkRequested,
  machtigingForSanne,
  otsForSanne,
  parentsRecorded,
  placementDecided,
  placementRequested,
  placementStarted,
  returnHomePlanDrafted,
  signalRegistered,
  viewsHeardOnPlace,
} from './testing/story';

const assess = (by = actors.caseTeam) =>
  command('RecordSafetyAssessment', { assessmentId: uuid(999), outcome: 'safe', findings: 'All well', assessedOn: '2026-11-20' }, by);

const recordOts = (by = actors.gi, giOrganisation = actors.gi.organisation) =>
  command(
    'RecordCourtOrder',
    {
      courtOrderId: uuid(998),
      kind: 'ots',
      childId: ids.daan,
      issuedOn: '2026-11-20',
      validFrom: '2026-11-20',
      validUntil: '2027-11-20',
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/99',
      giOrganisation,
    },
    by,
  );

describe('who may write to a case', () => {
  it('the case team writes', () => {
    given([signalRegistered])
      .when(assess())
      .thenEmits([{ type: 'SafetyAssessed', data: { assessmentId: uuid(999), outcome: 'safe' } }]);
  });

  it('a wijkteam of another team does not, and meets the answer for a case that does not exist', () => {
    const refusal = given([signalRegistered]).when(assess(actors.otherWijkteam)).thenThrows('CASE.NOT_FOUND');
    const none = given([]).when(assess(actors.caseTeam)).thenThrows('CASE.NOT_FOUND');
    expect(refusal.message).toBe(none.message);
  });

  it.each([['otherWijkteam'], ['otherJeugdlink'], ['otherGi'], ['provider'], ['family']] as const)(
    'whoever does not read the case (%s) meets CASE.NOT_FOUND, whatever the step',
    (who) => {
      given([signalRegistered, jeugdlinkRequested]).when(assess(actors[who])).thenThrows('CASE.NOT_FOUND');
      given([signalRegistered])
        .when(command('CloseCase', { reason: 'done' }, actors[who]))
        .thenThrows('CASE.NOT_FOUND');
      given([signalRegistered]).when(recordOts(actors[who])).thenThrows('CASE.NOT_FOUND');
    },
  );

  it('names no team or organisation but the actor’s own in a refusal', () => {
    const joined = [signalRegistered, jeugdlinkRequested, jeugdlinkJoined, otsForSanne];
    const refusals = [
      given(joined)
        .when(command('CloseCase', { reason: 'done' }, actors.jeugdlink))
        .thenThrows('ACCESS.STEP_NOT_FOR_ROLE'),
      given(joined)
        .when(command('CloseCase', { reason: 'done' }, actors.gi))
        .thenThrows('ACCESS.STEP_NOT_FOR_ROLE'),
      given(joined)
        .when(
          command('AgreeSafetyPlan', { safetyPlanId: uuid(995), conditions: ['calm'], reviewOn: '2026-12-20', agreedBy: [] }, actors.gi),
        )
        .thenThrows('ACCESS.STEP_NOT_FOR_ROLE'),
      given(joined)
        .when(requestPlacement([ids.daan], 'court-order', actors.gi))
        .thenThrows('ACCESS.GI_NOT_CHARGED'),
      given(joined).when(recordOts(actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE'),
    ];
    for (const refusal of refusals) expect(refusal.message).not.toMatch(/wijkteam-ede-noord|Gemeente Ede|jeugdlink-foodvalley/);
  });

  describe('a Jeugdlink member', () => {
    it('does not write before the team joined, even when asked (and learns nothing of the case)', () => {
      given([signalRegistered, jeugdlinkRequested]).when(assess(actors.jeugdlink)).thenThrows('CASE.NOT_FOUND');
    });

    it('writes after the team joined', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
        .when(assess(actors.jeugdlink))
        .thenEmits([{ type: 'SafetyAssessed', data: { assessmentId: uuid(999), outcome: 'safe' } }]);
    });

    it('does not write after the involvement ended', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded])
        .when(assess(actors.jeugdlink))
        .thenThrows('ACCESS.JEUGDLINK_NOT_JOINED');
    });

    it('of another Jeugdlink team does not write', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]).when(assess(actors.otherJeugdlink)).thenThrows('CASE.NOT_FOUND');
    });

    it('does not close the case: that is the case team step', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
        .when(command('CloseCase', { reason: 'done' }, actors.jeugdlink))
        .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    });
  });

  it.each([['auditor'], ['provider'], ['family']] as const)('the %s role never writes', (role) => {
    given(childrenPlacedVoluntarily)
      .when(assess(actors[role]))
      .thenThrows(role === 'auditor' ? 'ACCESS.READ_ONLY_ROLE' : 'CASE.NOT_FOUND');
    given([])
      .when(command('RegisterSignal', {} as never, actors[role]))
      .thenThrows('ACCESS.READ_ONLY_ROLE');
  });

  describe('the GI', () => {
    it('is charged by the case: the case team or a joined Jeugdlink member records the judge’s decision naming it', () => {
      given([signalRegistered])
        .when(recordOts(actors.caseTeam))
        .thenEmits([{ type: 'CourtOrderRecorded', data: { courtOrderId: uuid(998), giOrganisation: actors.gi.organisation } }]);
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
        .when(recordOts(actors.jeugdlink))
        .thenEmits([{ type: 'CourtOrderRecorded', data: { courtOrderId: uuid(998), giOrganisation: actors.gi.organisation } }]);
    });

    it('never records a court order that charges itself', () => {
      given([signalRegistered]).when(recordOts(actors.gi)).thenThrows('CASE.NOT_FOUND');
      given([signalRegistered, otsForSanne]).when(recordOts(actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    });

    it('requests a placement under the court order it is charged with; another GI does not', () => {
      const machtiging = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2026-11-16', '2027-05-16');
      const request = (by: typeof actors.gi) => requestPlacement([ids.sanne], 'court-order', by);
      given([signalRegistered, otsForSanne, machtiging])
        .when(request(actors.gi))
        .thenEmits([{ type: 'PlacementRequested', data: { placementId: ids.placement, legalBasis: 'court-order' } }]);
      given([signalRegistered, otsForSanne, machtiging]).when(request(actors.otherGi)).thenThrows('CASE.NOT_FOUND');
    });

    it("does not take the family's part of the case: family members, consent, the safety plan, Jeugdlink", () => {
      const charged = [signalRegistered, ...parentsRecorded, otsForSanne];
      const familySteps = [
        command(
          'RecordFamilyMember',
          { familyMemberId: uuid(997), name: 'Els', relation: 'grandparent', parentalAuthorityOver: [], contact: {} },
          actors.gi,
        ),
        command(
          'RecordConsent',
          {
            consentId: uuid(996),
            givenBy: { giver: 'family-member', familyMemberId: ids.mother },
            purpose: 'share-information',
            childIds: [ids.sanne],
            givenOn: '2026-11-20',
          },
          actors.gi,
        ),
        command(
          'AgreeSafetyPlan',
          { safetyPlanId: uuid(995), conditions: ['calm'], reviewOn: '2026-12-20', agreedBy: [ids.mother] },
          actors.gi,
        ),
        command('EndJeugdlinkInvolvement', { reason: 'GI takes over' }, actors.gi),
      ];
      for (const step of familySteps) {
        const refusal = given(charged).when(step).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
        expect(refusal.message).toContain('the case team');
      }
    });

    it('is no longer charged after the court order expired', () => {
      const expired = courtOrder('ots', ids.ots, ids.sanne, '2025-01-01', '2025-12-31');
      const machtiging = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2025-01-01', '2025-12-31');
      const request = requestPlacement([ids.sanne], 'court-order', actors.gi);
      given([signalRegistered, expired, machtiging]).when(request).thenThrows('ACCESS.GI_NOT_CHARGED');
    });
  });

  describe('who decides in the gedwongen kader (a court order in force for a child)', () => {
    const placedUnderCourtOrder = [
      signalRegistered,
      ...parentsRecorded,
      otsForSanne,
      machtigingForSanne,
      placementRequested(ids.placement, [ids.sanne], 'court-order', 'Daan stays home'),
      placementDecided(ids.placement),
      placementStarted(ids.placement),
    ];
    // Jeugdbescherming Gelderland is charged with Daan's OTS only: it reads the case but not Sanne's placement.
    const daanWithOtherGi = {
      ...courtOrder('ots', uuid(66), ids.daan, '2026-11-16', '2027-11-16'),
      data: { ...courtOrder('ots', uuid(66), ids.daan, '2026-11-16', '2027-11-16').data, giOrganisation: actors.otherGi.organisation },
    };
    const on = (by: typeof actors.gi) => ({
      plan: command(
        'RecordPlacementPlan',
        { placementId: ids.placement, perspectiveDecisionOn: '2027-05-21', justification: 'Sanne is 12' },
        by,
      ),
      draft: command(
        'DraftReturnHomePlan',
        {
          placementId: ids.placement,
          conditions: returnHomePlanDrafted.data.conditions,
          support: returnHomePlanDrafted.data.support,
          targetOn: '2027-03-01',
        },
        by,
      ),
      end: command(
        'EndPlacement',
        { placementId: ids.placement, endedOn: '2026-11-23', reason: 'breakdown', explanation: 'It broke down' },
        by,
      ),
    });

    it('lets the GI charged with the child’s court order lead the child-protection work', () => {
      given([signalRegistered, otsForSanne])
        .when(assess(actors.gi))
        .thenEmits([{ type: 'SafetyAssessed', data: { assessmentId: uuid(999) } }]);
      given(placedUnderCourtOrder)
        .when(on(actors.gi).plan)
        .thenEmits([{ type: 'PlacementPlanRecorded', data: { placementId: ids.placement } }]);
      given(placedUnderCourtOrder)
        .when(on(actors.gi).draft)
        .thenEmits([{ type: 'ReturnHomePlanDrafted', data: { placementId: ids.placement } }]);
      given([...placedUnderCourtOrder, returnHomePlanDrafted])
        .when(
          command(
            'AssessReturnCondition',
            { placementId: ids.placement, conditionId: ids.condition, met: true, evidence: 'No incidents', assessedOn: '2026-11-22' },
            actors.gi,
          ),
        )
        .thenEmits([{ type: 'ReturnConditionAssessed', data: { conditionId: ids.condition, met: true } }]);
      given(placedUnderCourtOrder)
        .when(on(actors.gi).end)
        .thenEmits([{ type: 'PlacementEnded', data: { placementId: ids.placement, reason: 'breakdown' } }]);
    });

    it('refuses a GI of another organisation, also one charged for a sibling', () => {
      given([...placedUnderCourtOrder, daanWithOtherGi])
        .when(on(actors.otherGi).plan)
        .thenThrows('ACCESS.GI_NOT_CHARGED');
      given([...placedUnderCourtOrder, daanWithOtherGi])
        .when(on(actors.otherGi).end)
        .thenThrows('ACCESS.GI_NOT_CHARGED');
      given(placedUnderCourtOrder).when(on(actors.otherGi).draft).thenThrows('CASE.NOT_FOUND');
    });

    it('lets the wijkteam keep its part: the placement plan and the family steps stay open to the case team', () => {
      given(placedUnderCourtOrder)
        .when(on(actors.caseTeam).plan)
        .thenEmits([{ type: 'PlacementPlanRecorded', data: { placementId: ids.placement } }]);
    });

    it('refuses the wijkteam (and a joined Jeugdlink team) to decide a court-ordered placement alone: the charged GI decides', () => {
      const requested = [
        signalRegistered,
        ...parentsRecorded,
        jeugdlinkRequested,
        jeugdlinkJoined,
        otsForSanne,
        machtigingForSanne,
        placementRequested(ids.placement, [ids.sanne], 'court-order', 'Daan stays home'),
        ...viewsHeardOnPlace(ids.placement),
      ];
      const decide = (by: typeof actors.gi) =>
        command(
          'DecidePlacement',
          {
            placementId: ids.placement,
            reservation: {
              optionId: ids.option,
              placementId: ids.placement,
              provider: 'Pleegzorg Gelderland',
              expiresAt: '2026-11-24T10:00:00.000Z',
              acceptedByProvider: true,
            },
            reasons: 'Close to school',
            viewsHeard: [],
            behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-20' },
          },
          by,
        );
      const refusal = given(requested).when(decide(actors.caseTeam)).thenThrows('ACCESS.GI_DECIDES_PLACEMENT');
      expect(refusal.message).toBe(
        'DecidePlacement: a placement under a court order is decided by the GI charged with the court order of the child, not by a wijkteam',
      );
      given(requested).when(decide(actors.jeugdlink)).thenThrows('ACCESS.GI_DECIDES_PLACEMENT');
      given(requested)
        .when(decide(actors.gi))
        .thenEmits([{ type: 'PlacementDecided', data: { placementId: ids.placement } }]);
      given([...requested, daanWithOtherGi])
        .when(decide(actors.otherGi))
        .thenThrows('ACCESS.GI_NOT_CHARGED');
    });
  });
});
