import { NestedField, TextField, UuidField } from '../../http/fields';
import { CaseStepRequest } from '../shared/case-step.dto';

export class RequestJeugdlinkRequest extends CaseStepRequest {
  @TextField()
  reason!: string;

  @TextField({ optional: true, max: 200, description: "The Jeugdlink team that may join; default: the team configured for the case's municipality (JEUGDLINK_TEAMS)" })
  team?: string;
}

export class JeugdlinkMemberRequest {
  @UuidField()
  memberId!: string;

  @TextField({ max: 200 })
  name!: string;

  @TextField({ max: 200 })
  organisation!: string;
}

export class JoinJeugdlinkRequest extends CaseStepRequest {
  @NestedField(() => JeugdlinkMemberRequest, { array: true })
  members!: JeugdlinkMemberRequest[];

  @TextField()
  purpose!: string;
}

export class EndJeugdlinkInvolvementRequest extends CaseStepRequest {
  @TextField()
  reason!: string;
}
