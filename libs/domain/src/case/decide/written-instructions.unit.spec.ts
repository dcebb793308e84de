import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { courtOrder, otsForSanne, parentsRecorded, signalRegistered } from '../testing/story';

const instructionId = uuid(700);

const give = (
  extra: { childId?: string; addressedTo?: string[]; givenOn?: string; complyBy?: string; instruction?: string } = {},
  by = actors.gi,
) =>
  command(
    'GiveWrittenInstruction',
    {
      instructionId,
      childId: ids.sanne,
      addressedTo: [ids.mother, ids.father],
      instruction: 'Sanne goes to school every day; you take her there and collect her.',
      reason: 'Sanne missed 40 days of school since September.',
      givenOn: '2026-11-23',
      complyBy: '2026-12-07',
      ...extra,
    },
    by,
  );

const given_ = event('WrittenInstructionGiven', {
  instructionId,
  childId: ids.sanne,
  courtOrderId: ids.ots,
  addressedTo: [ids.mother, ids.father],
  instruction: 'Sanne goes to school every day.',
  reason: 'School absence',
  givenOn: '2026-11-23',
  complyBy: '2026-12-07',
});

const followUp = (outcome: 'complied' | 'not-complied' | 'voided-by-court', on = '2026-11-23', by = actors.gi) =>
  command('RecordInstructionFollowUp', { instructionId, outcome, on, note: 'School reports Sanne attends every day.' }, by);

const underOts = [signalRegistered, ...parentsRecorded, otsForSanne];

describe('a written instruction (schriftelijke aanwijzing) under an OTS', () => {
  it('is given by the GI charged with the OTS, with its own term to comply by', () => {
    given(underOts)
      .when(give())
      .thenEmits([
        {
          type: 'WrittenInstructionGiven',
          data: { instructionId, courtOrderId: ids.ots, complyBy: '2026-12-07', addressedTo: [ids.mother, ids.father] },
        },
      ]);
  });

  it('is the GI’s power: the wijkteam does not give one, nor a GI not charged with the OTS', () => {
    const refusal = given(underOts).when(give({}, actors.caseTeam)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    expect(refusal.message).toContain('the GI charged with the OTS');
    const otherOrganisation = {
      ...courtOrder('ots', uuid(66), ids.daan, '2026-11-16', '2027-11-16'),
      data: { ...courtOrder('ots', uuid(66), ids.daan, '2026-11-16', '2027-11-16').data, giOrganisation: actors.otherGi.organisation },
    };
    given([...underOts, otherOrganisation])
      .when(give({}, actors.otherGi))
      .thenThrows('ACCESS.GI_NOT_CHARGED');
  });

  it('needs an OTS in force for the child, not a machtiging or spoedmachtiging alone', () => {
    const spoed = courtOrder('spoedmachtiging', uuid(67), ids.sanne, '2026-11-20', '2026-12-04');
    const refusal = given([signalRegistered, ...parentsRecorded, spoed])
      .when(give())
      .thenThrows('WRITTEN_INSTRUCTION.NO_OTS');
    expect(refusal.message).toContain(ids.sanne);
  });

  it('is addressed to recorded family members or the child, and sets a term ahead', () => {
    given(underOts)
      .when(give({ addressedTo: [] }))
      .thenThrows('INPUT.MISSING');
    given(underOts)
      .when(give({ addressedTo: [uuid(999)] }))
      .thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
    given(underOts)
      .when(give({ addressedTo: [ids.sanne] }))
      .thenEmits([{ type: 'WrittenInstructionGiven', data: { addressedTo: [ids.sanne] } }]);
    given(underOts)
      .when(give({ complyBy: '2026-11-23' }))
      .thenThrows('WRITTEN_INSTRUCTION.TERM_NOT_AHEAD');
    given(underOts)
      .when(give({ instruction: ' ' }))
      .thenThrows('INPUT.MISSING');
  });

  it('is given once under one id', () => {
    given([...underOts, given_])
      .when(give())
      .thenThrows('WRITTEN_INSTRUCTION.ALREADY_GIVEN');
  });

  it('is followed up once: complied, not complied, or voided by the court', () => {
    given([...underOts, given_])
      .when(followUp('complied'))
      .thenEmits([{ type: 'InstructionFollowedUp', data: { instructionId, outcome: 'complied', on: '2026-11-23' } }]);
    given([...underOts, given_])
      .when(followUp('voided-by-court', '2026-11-23', actors.caseTeam))
      .thenEmits([{ type: 'InstructionFollowedUp', data: { outcome: 'voided-by-court' } }]);
    const done = event('InstructionFollowedUp', { instructionId, outcome: 'complied', on: '2026-11-23', note: 'ok' });
    given([...underOts, given_, done])
      .when(followUp('not-complied'))
      .thenThrows('WRITTEN_INSTRUCTION.ALREADY_FOLLOWED_UP');
    given(underOts).when(followUp('complied')).thenThrows('WRITTEN_INSTRUCTION.NOT_FOUND');
    given([...underOts, given_])
      .when(followUp('complied', '2026-11-22'))
      .thenThrows('INPUT.INVALID_DATE');
  });
});
