import { BooleanField, DateField, EnumField, TextField, UuidField } from '../../http/fields';
import { COURT_ORDER_ENDINGS, COURT_ORDER_KINDS, type CourtOrderEnding, type CourtOrderKind } from '@casus/domain';
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
