import { BooleanField, DateField, EnumField, TextField, UuidField } from '../../http/fields';
import { COURT_ORDER_KINDS } from '@casus/domain';
import { CaseStepRequest } from '../shared/case-step.dto';

export class RecordCourtOrderRequest extends CaseStepRequest {
  @UuidField()
  courtOrderId!: string;

  @EnumField(COURT_ORDER_KINDS)
  kind!: string;

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
