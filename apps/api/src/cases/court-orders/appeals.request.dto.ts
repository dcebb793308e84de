import { APPEAL_OUTCOMES, APPEAL_PARTIES, type AppealOutcome, type AppealParty } from '@casus/domain';
import { DateField, EnumField, TextField, UuidField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class LodgeAppealRequest extends CaseStepRequest implements CaseStepData<'LodgeAppeal'> {
  @UuidField()
  appealId!: string;

  @UuidField({ description: 'The court order appealed against' })
  courtOrderId!: string;

  @DateField()
  lodgedOn!: string;

  @EnumField(APPEAL_PARTIES)
  lodgedBy!: AppealParty;

  @TextField({ max: 200, description: 'The court of appeal (gerechtshof)' })
  court!: string;

  @TextField({ max: 100 })
  caseNumber!: string;
}

export class RecordAppealOutcomeRequest extends CaseStepRequest implements CaseStepData<'RecordAppealOutcome'> {
  @UuidField()
  appealId!: string;

  @EnumField(APPEAL_OUTCOMES, { description: 'upheld, overturned (the order ends that day) or shortened (to lastDay)' })
  outcome!: AppealOutcome;

  @DateField()
  decidedOn!: string;

  @TextField({ max: 4000, description: "The court of appeal's decision, in its words" })
  decision!: string;

  @DateField({ optional: true, description: 'For a shortened order: its new last day' })
  lastDay?: string;
}
