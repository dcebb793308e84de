import { GiveWrittenInstruction, RecordInstructionFollowUp } from '../commands';
import { SUPERVISION_KINDS } from '../court-order-limits';
import { refuse } from '../errors';
import { InstructionFollowedUp, WrittenInstructionGiven } from '../events';
import { courtOrdersFor, isValidOn } from '../queries';
import { ExistingCase, WrittenInstructionRecord } from '../state';
import { Moment, requireChildrenOfCase, requireFamilyMember, requireNonEmpty, requireNotAfterToday, requireText } from './guards';

/**
 * BW 1:263 (unconfirmed): under an OTS the GI may give the parents or the child a written instruction
 * (schriftelijke aanwijzing) on the child's care and upbringing, with a term to comply by.
 */
export function giveWrittenInstruction({ data }: GiveWrittenInstruction, state: ExistingCase, moment: Moment): [WrittenInstructionGiven] {
  if (state.writtenInstructions.some((i) => i.instructionId === data.instructionId)) {
    refuse('WRITTEN_INSTRUCTION.ALREADY_GIVEN', `written instruction ${data.instructionId} is already on record`);
  }
  requireChildrenOfCase(state, [data.childId]);
  requireNotAfterToday(data.givenOn, 'the date the instruction was given', moment);
  const ots = courtOrdersFor(state, data.childId, SUPERVISION_KINDS).find((o) => isValidOn(o, data.givenOn));
  if (!ots) {
    refuse(
      'WRITTEN_INSTRUCTION.NO_OTS',
      `a written instruction is given under an OTS: none is in force for child ${data.childId} on ${data.givenOn}`,
    );
  }
  requireNonEmpty(data.addressedTo, 'whom the instruction is addressed to');
  for (const id of data.addressedTo) if (id !== data.childId) requireFamilyMember(state, id);
  requireText(data.instruction, 'the instruction');
  requireText(data.reason, 'the reason for the instruction');
  if (!(data.complyBy > data.givenOn)) {
    refuse(
      'WRITTEN_INSTRUCTION.TERM_NOT_AHEAD',
      `the term to comply by (${data.complyBy}) must lie after the instruction is given (${data.givenOn})`,
    );
  }
  const { instructionId, childId, addressedTo, instruction, reason, givenOn, complyBy } = data;
  return [
    {
      type: 'WrittenInstructionGiven',
      data: { instructionId, childId, courtOrderId: ots.courtOrderId, addressedTo, instruction, reason, givenOn, complyBy },
    },
  ];
}

export function recordInstructionFollowUp(
  { data }: RecordInstructionFollowUp,
  state: ExistingCase,
  moment: Moment,
): [InstructionFollowedUp] {
  const instruction = requireInstruction(state, data.instructionId);
  if (instruction.followUp) {
    refuse(
      'WRITTEN_INSTRUCTION.ALREADY_FOLLOWED_UP',
      `written instruction ${data.instructionId} was followed up as ${instruction.followUp.outcome}`,
    );
  }
  requireNotAfterToday(data.on, 'the date of the follow-up', moment);
  if (data.on < instruction.givenOn) {
    refuse('INPUT.INVALID_DATE', `the follow-up (${data.on}) lies before the instruction was given (${instruction.givenOn})`);
  }
  requireText(data.note, 'what was found');
  const { instructionId, outcome, on, note } = data;
  return [{ type: 'InstructionFollowedUp', data: { instructionId, outcome, on, note } }];
}

export function requireInstruction(state: ExistingCase, instructionId: string): WrittenInstructionRecord {
  const instruction = state.writtenInstructions.find((i) => i.instructionId === instructionId);
  if (!instruction) refuse('WRITTEN_INSTRUCTION.NOT_FOUND', `no written instruction ${instructionId} on this case`);
  return instruction;
}
