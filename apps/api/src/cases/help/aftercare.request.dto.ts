import { AFTERCARE_GROUNDS, type AftercareGround } from '@casus/domain';
import { DateField, EnumField, TextField, UuidField, UuidListField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class StartAftercareRequest extends CaseStepRequest implements CaseStepData<'StartAftercare'> {
  @UuidField()
  aftercareId!: string;

  @UuidListField()
  childIds!: string[];

  @EnumField(AFTERCARE_GROUNDS, { description: 'after the return home, or after turning 18' })
  after!: AftercareGround;

  @DateField()
  startedOn!: string;

  @TextField({ max: 10_000, description: 'What the aftercare is: who supports whom, how often, with what' })
  content!: string;

  @DateField()
  plannedEndOn!: string;
}

export class EndAftercareRequest extends CaseStepRequest implements CaseStepData<'EndAftercare'> {
  @UuidField()
  aftercareId!: string;

  @DateField()
  endedOn!: string;

  @TextField({ max: 10_000 })
  howItWent!: string;
}
