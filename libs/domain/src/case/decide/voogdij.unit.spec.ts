import { actors, command, ids, NOW, uuid } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { decide } from './decide';
import {
  requestPlacement,
  assessedUnsafe,
  consentOf,
  courtOrder,
  parentsConsented,
  parentsRecorded,
  sanneConsented,
  signalRegistered,
} from '../testing/story';

// TODAY is 2026-11-23: Sanne (born 2014-05-12) is 12, Daan (born 2019-03-02) is 7 and comes of age on 2037-03-02.
const recordVoogdij = (childId: string = ids.daan, validUntil = '2037-03-02') =>
  command('RecordCourtOrder', {
    courtOrderId: ids.voogdij,
    kind: 'voogdij',
    childId,
    issuedOn: '2026-11-20',
    validFrom: '2026-11-20',
    validUntil,
    court: 'Rechtbank Gelderland',
    caseNumber: 'C/05/777777',
    giOrganisation: actors.gi.organisation,
  });

const voluntary = (childIds: string[]) => requestPlacement(childIds, 'voluntary');

const guardianConsents = (childIds: string[], courtOrderId: string = ids.voogdij) =>
  command('RecordConsent', {
    consentId: ids.guardianConsent,
    givenBy: { giver: 'guardian', courtOrderId },
    purpose: 'voluntary-placement',
    childIds,
    givenOn: '2026-11-21',
  });

const onRecord = [signalRegistered, ...parentsRecorded, assessedUnsafe, ...parentsConsented];

/** The case once the court appointed the GI guardian of the child: the events recording the voogdij emits. */
const underVoogdij = (childId: string = ids.daan, validUntil?: string) => [
  ...onRecord,
  ...decide(recordVoogdij(childId, validUntil), stateAfter(onRecord), NOW),
];

describe('voogdij: the GI as the guardian of a child', () => {
  it("moves parental authority: the parents' authority over the child ends, and the consents that rested on it fall", () => {
    const reason = `voogdij (Rechtbank Gelderland, C/05/777777): ${actors.gi.organisation} is the guardian of child ${ids.daan}`;
    given(onRecord)
      .when(recordVoogdij())
      .thenEmits([
        { type: 'CourtOrderRecorded', data: { courtOrderId: ids.voogdij, kind: 'voogdij', childId: ids.daan, validUntil: '2037-03-02' } },
        {
          type: 'ParentalAuthorityChanged',
          data: {
            familyMemberId: ids.mother,
            parentalAuthorityOver: [ids.sanne],
            previousAuthorityOver: [ids.sanne, ids.daan],
            source: 'court-decision',
            reason,
            changedOn: '2026-11-20',
          },
        },
        { type: 'ConsentWithdrawn', data: { consentId: ids.motherConsent } },
        { type: 'ParentalAuthorityChanged', data: { familyMemberId: ids.father, parentalAuthorityOver: [ids.sanne] } },
        { type: 'ConsentWithdrawn', data: { consentId: ids.fatherConsent } },
      ]);
  });

  it('runs until the child comes of age, and not beyond (BW 1:233)', () => {
    given(onRecord).when(recordVoogdij(ids.daan, '2037-03-03')).thenThrows('COURT_ORDER.BEYOND_MAJORITY');
  });

  it('takes effect when recorded: a voogdij starting in the future is recorded once it starts', () => {
    const future = recordVoogdij();
    given(onRecord)
      .when({ ...future, data: { ...future.data, validFrom: '2026-12-01' } })
      .thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('lets the guardian consent to a voluntary placement in place of the parents', () => {
    const consented = given(underVoogdij())
      .when(guardianConsents([ids.daan]))
      .thenEmits([{ type: 'ConsentRecorded' }]);
    given([...underVoogdij(), ...consented])
      .when(voluntary([ids.daan]))
      .thenEmits([{ type: 'PlacementRequested', data: { childIds: [ids.daan], legalBasis: 'voluntary' } }]);
  });

  it("does not place the child on the parents' consent once the GI is the guardian", () => {
    const parentsAgain = consentOf(ids.mother, uuid(95), [ids.daan]);
    const refusal = given([...underVoogdij(), parentsAgain])
      .when(voluntary([ids.daan]))
      .thenThrows('PLACEMENT.MISSING_GUARDIAN_CONSENT');
    expect(refusal.message).toBe(
      `no consent to a voluntary placement of child ${ids.daan} from ${actors.gi.organisation}, the guardian by court order ${ids.voogdij}`,
    );
  });

  it('needs the guardian and the child from 12', () => {
    const guardian = given(underVoogdij(ids.sanne, '2032-05-12'))
      .when(guardianConsents([ids.sanne]))
      .thenEmits([{ type: 'ConsentRecorded' }]);
    given([...underVoogdij(ids.sanne, '2032-05-12'), ...guardian])
      .when(voluntary([ids.sanne]))
      .thenThrows('PLACEMENT.MISSING_CHILD_CONSENT');
    given([...underVoogdij(ids.sanne, '2032-05-12'), ...guardian, sanneConsented])
      .when(voluntary([ids.sanne]))
      .thenEmits([{ type: 'PlacementRequested' }]);
  });

  it('takes a guardian’s consent only under a voogdij of that child', () => {
    given(underVoogdij())
      .when(guardianConsents([ids.sanne]))
      .thenThrows('CONSENT.NOT_GUARDIAN');
    const ots = courtOrder('ots', ids.ots, ids.daan, '2026-11-16', '2027-11-16');
    given([...underVoogdij(), ots])
      .when(guardianConsents([ids.daan], ids.ots))
      .thenThrows('CONSENT.NOT_GUARDIAN');
  });

  it('carries a machtiging uithuisplaatsing as an OTS does', () => {
    const machtiging = command('RecordCourtOrder', {
      courtOrderId: ids.machtiging,
      kind: 'machtiging-uithuisplaatsing',
      childId: ids.daan,
      issuedOn: '2026-11-21',
      validFrom: '2026-11-21',
      validUntil: '2027-11-20',
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/777778',
      giOrganisation: actors.gi.organisation,
    });
    given(underVoogdij())
      .when(machtiging)
      .thenEmits([{ type: 'CourtOrderRecorded', data: { kind: 'machtiging-uithuisplaatsing' } }]);
    const refusal = given(onRecord).when(machtiging).thenThrows('COURT_ORDER.NO_OTS');
    expect(refusal.message).toContain('OTS or voogdij');
  });

  it('charges the guardian GI: it leads the child-protection work for the child; another GI does not', () => {
    const assess = (by = actors.gi) =>
      command(
        'RecordSafetyAssessment',
        { assessmentId: uuid(998), outcome: 'unsafe', findings: 'Still unsafe', assessedOn: '2026-11-22' },
        by,
      );
    given(underVoogdij())
      .when(assess())
      .thenEmits([{ type: 'SafetyAssessed' }]);
    given(underVoogdij()).when(assess(actors.otherGi)).thenThrows('CASE.NOT_FOUND');
  });

  it('takes the machtiging resting on it along when the court ends the voogdij', () => {
    const machtiging = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.daan, '2026-11-21', '2027-11-20');
    const end = command('EndCourtOrder', {
      courtOrderId: ids.voogdij,
      how: 'lifted',
      endedOn: '2026-11-23',
      decidedOn: '2026-11-23',
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/777779',
      decision: 'The voogdij is lifted: authority goes back to the mother.',
    });
    given([...underVoogdij(), machtiging])
      .when(end)
      .thenEmits([
        { type: 'CourtOrderEnded', data: { courtOrderId: ids.voogdij, how: 'lifted' } },
        { type: 'CourtOrderEnded', data: { courtOrderId: ids.machtiging, how: 'with-supervision', becauseOf: ids.voogdij } },
      ]);
  });

  it('gives the guardian no written instruction to the parents: that is a power under an OTS (BW 1:263)', () => {
    const instruction = command(
      'GiveWrittenInstruction',
      {
        instructionId: uuid(97),
        childId: ids.daan,
        addressedTo: [ids.mother],
        instruction: 'Keep Daan home at night',
        reason: 'Safety',
        givenOn: '2026-11-23',
        complyBy: '2026-12-07',
      },
      actors.gi,
    );
    given(underVoogdij()).when(instruction).thenThrows('WRITTEN_INSTRUCTION.NO_OTS');
  });
});
