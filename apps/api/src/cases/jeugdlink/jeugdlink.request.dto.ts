import { NestedField, TextField, UuidField } from '../../http/fields';
import type { JeugdlinkMember } from '@casus/domain';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

/** `team` is optional here: the API fills in the team configured for the case's municipality. */
export class RequestJeugdlinkRequest extends CaseStepRequest implements Omit<CaseStepData<'RequestJeugdlink'>, 'team'> {
  @TextField()
  reason!: string;

  @TextField({
    optional: true,
    max: 200,
    description: "The Jeugdlink team that may join; default: the team configured for the case's municipality (JEUGDLINK_TEAMS)",
  })
  team?: string;
}

export class JeugdlinkMemberRequest implements JeugdlinkMember {
  @UuidField()
  memberId!: string;

  @TextField({ max: 200 })
  name!: string;

  @TextField({ max: 200 })
  organisation!: string;
}

export class JoinJeugdlinkRequest extends CaseStepRequest implements CaseStepData<'JoinJeugdlink'> {
  @NestedField(() => JeugdlinkMemberRequest, { array: true })
  members!: JeugdlinkMemberRequest[];

  @TextField()
  purpose!: string;
}

export class EndJeugdlinkInvolvementRequest extends CaseStepRequest implements CaseStepData<'EndJeugdlinkInvolvement'> {
  @TextField()
  reason!: string;
}
