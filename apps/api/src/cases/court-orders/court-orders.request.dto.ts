import { BooleanField, DateField, EnumField, TextField, UuidField, UuidListField } from '../../http/fields';
import {
  COURT_ORDER_ENDINGS,
  COURT_ORDER_KINDS,
  INSTRUCTION_OUTCOMES,
  type CourtOrderEnding,
  type CourtOrderKind,
  type InstructionOutcome,
} from '@casus/domain';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class RecordCourtOrderRequest extends CaseStepRequest implements CaseStepData<'RecordCourtOrder'> {
  @UuidField()
  courtOrderId!: string;

  @EnumField(COURT_ORDER_KINDS)
  kind!: CourtOrderKind;

  @UuidField()
  childId!: string;

  @DateField()
  issuedOn!: string;

  @DateField()
  validFrom!: string;

  @DateField()
  validUntil!: string;

  @TextField({ max: 200 })
  court!: string;

  @TextField({ max: 100 })
  caseNumber!: string;

  @TextField({ max: 200, description: 'The gecertificeerde instelling charged with carrying out the order' })
  giOrganisation!: string;

  @UuidField({ optional: true, description: 'The order this one extends (verlenging)' })
  extendsCourtOrderId?: string;

  @BooleanField({ optional: true, description: 'Spoedmachtiging: were the parents heard before it was issued' })
  parentsHeard?: boolean;
}

export class EndCourtOrderRequest extends CaseStepRequest implements CaseStepData<'EndCourtOrder'> {
  @UuidField()
  courtOrderId!: string;

  @EnumField(COURT_ORDER_ENDINGS, { description: 'lifted (opgeheven), revoked (ingetrokken) or ended early (beëindigd) by the court' })
  how!: CourtOrderEnding;

  @DateField({ description: 'From this day the order no longer holds' })
  endedOn!: string;

  @DateField()
  decidedOn!: string;

  @TextField({ max: 200 })
  court!: string;

  @TextField({ max: 100 })
  caseNumber!: string;

  @TextField({ max: 4000, description: "The court's decision, in its words" })
  decision!: string;
}

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
