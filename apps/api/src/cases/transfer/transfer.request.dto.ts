import { TRANSFER_REASONS, type Handover, type TransferReason } from '@casus/domain';
import { DateField, EnumField, MunicipalityCodeField, NestedField, TextField, UuidField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class HandoverRequest implements Handover {
  @DateField({ description: 'The day of the warme overdracht: the handover conversation with the receiving team' })
  heldOn!: string;

  @TextField({ max: 200, description: 'Who of the receiving team the case was handed over to' })
  receivedBy!: string;

  @TextField({ max: 10_000, description: 'What was handed over: where the work stands, what is agreed, what needs care' })
  note!: string;
}

/** The Jeugdlink team of the new municipality and the former team's read period are the API's to fill in, not the client's. */
export class TransferCaseRequest
  extends CaseStepRequest
  implements Omit<CaseStepData<'TransferCase'>, 'regionalJeugdlinkTeam' | 'formerTeamReadDays'>
{
  @TextField({ max: 200, description: 'The team that leads the case from now on' })
  toTeam!: string;

  @TextField({ max: 200 })
  toOrganisation!: string;

  @EnumField(TRANSFER_REASONS, { description: 'move: the family moved (verhuizing); the municipality changes with it' })
  reason!: TransferReason;

  @TextField()
  explanation!: string;

  @NestedField(() => HandoverRequest)
  handover!: HandoverRequest;

  @TextField({ optional: true, max: 200, description: 'With reason "move", and only then: the municipality the family moved to' })
  municipality?: string;

  @MunicipalityCodeField()
  municipalityCode?: string;
}

/** The GI it leaves reads for FORMER_TEAM_READ_DAYS, which the API fills in. */
export class ChangeChargedGiRequest extends CaseStepRequest implements Omit<CaseStepData<'ChangeChargedGi'>, 'formerTeamReadDays'> {
  @UuidField({ description: 'The child whose court orders in force the new GI carries out from now on' })
  childId!: string;

  @TextField({ max: 200, description: 'The gecertificeerde instelling that takes over' })
  toGiOrganisation!: string;

  @TextField()
  explanation!: string;

  @NestedField(() => HandoverRequest)
  handover!: HandoverRequest;
}
