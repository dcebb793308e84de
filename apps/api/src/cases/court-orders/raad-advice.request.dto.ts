import { RAAD_RECOMMENDATIONS, type RaadRecommendation } from '@casus/domain';
import { DateField, EnumField, TextField, UuidField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class RecordRaadAdviceRequest extends CaseStepRequest implements CaseStepData<'RecordRaadAdvice'> {
  @UuidField()
  adviceId!: string;

  @UuidField({ description: 'The OTS the request asks to extend' })
  courtOrderId!: string;

  @TextField({ max: 100, description: "The extension request's case number at the court" })
  requestCaseNumber!: string;

  @DateField({ description: 'When the extension was requested' })
  requestedOn!: string;

  @TextField({ max: 200, description: "The Raad's investigator who advised" })
  advisor!: string;

  @TextField({ max: 200, description: "The Raad's office" })
  office!: string;

  @EnumField(RAAD_RECOMMENDATIONS)
  recommendation!: RaadRecommendation;

  @TextField({ max: 10_000, description: 'The advice, in its words' })
  advice!: string;

  @DateField()
  advisedOn!: string;
}
