import { DateField, EnumField, TextField, UuidField, UuidListField } from '../../http/fields';
import { INSTRUCTION_OUTCOMES, type InstructionOutcome } from '@casus/domain';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class GiveWrittenInstructionRequest extends CaseStepRequest implements CaseStepData<'GiveWrittenInstruction'> {
  @UuidField()
  instructionId!: string;

  @UuidField()
  childId!: string;

  @UuidListField({ description: 'The parents (family member ids) or the child the instruction is addressed to' })
  addressedTo!: string[];

  @TextField({ max: 4000 })
  instruction!: string;

  @TextField({ max: 4000 })
  reason!: string;

  @DateField()
  givenOn!: string;

  @DateField({ description: 'The term the instruction sets to comply by' })
  complyBy!: string;
}

export class RecordInstructionFollowUpRequest extends CaseStepRequest implements CaseStepData<'RecordInstructionFollowUp'> {
  @UuidField()
  instructionId!: string;

  @EnumField(INSTRUCTION_OUTCOMES, { description: 'complied, not complied, or declared void by the juvenile judge' })
  outcome!: InstructionOutcome;

  @DateField()
  on!: string;

  @TextField({ max: 4000 })
  note!: string;
}
