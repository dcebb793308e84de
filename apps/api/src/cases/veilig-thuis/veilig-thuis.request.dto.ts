import { DateField, EnumField, TextField } from '../../http/fields';
import { VEILIG_THUIS_CONCLUSIONS, type VeiligThuisConclusion } from '@casus/domain';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class StartVeiligThuisInvestigationRequest extends CaseStepRequest implements CaseStepData<'StartVeiligThuisInvestigation'> {
  @DateField()
  startedOn!: string;

  @TextField({ max: 10_000, description: 'Why Veilig Thuis investigates' })
  reason!: string;
}

export class ConcludeVeiligThuisInvestigationRequest extends CaseStepRequest implements CaseStepData<'ConcludeVeiligThuisInvestigation'> {
  @EnumField(VEILIG_THUIS_CONCLUSIONS)
  conclusion!: VeiligThuisConclusion;

  @TextField({ max: 10_000 })
  findings!: string;

  @DateField()
  concludedOn!: string;
}

/** Veilig Thuis reads on for FORMER_TEAM_READ_DAYS, which the API fills in. */
export class HandOverToLocalTeamRequest extends CaseStepRequest implements Omit<CaseStepData<'HandOverToLocalTeam'>, 'formerTeamReadDays'> {
  @TextField({ max: 200, description: 'The wijkteam that takes the case over and leads it' })
  team!: string;

  @TextField({ max: 200, description: "The wijkteam's organisation (the gemeente)" })
  organisation!: string;

  @TextField({ max: 10_000, description: 'What Veilig Thuis hands over' })
  summary!: string;

  @DateField()
  handedOverOn!: string;
}
