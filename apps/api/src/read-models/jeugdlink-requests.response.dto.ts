import { URGENCIES } from '@casus/domain';
import { DayAnswer, EnumAnswer, IdAnswer, NestedAnswer, TextAnswer } from '../http/answer-fields';
import type { JeugdlinkRequestItem } from './jeugdlink-requests.query';

class RequestingLeadAnswer {
  @TextAnswer({ nullable: true })
  name!: string | null;
}

export class JeugdlinkRequestAnswer implements JeugdlinkRequestItem {
  @IdAnswer()
  caseId!: string;

  @TextAnswer({ description: 'The case team that asks' })
  team!: string;

  @TextAnswer()
  municipality!: string;

  @EnumAnswer(URGENCIES)
  urgency!: JeugdlinkRequestItem['urgency'];

  @NestedAnswer(() => RequestingLeadAnswer, { nullable: true, description: 'The case lead who asks; null: none assigned yet' })
  lead!: RequestingLeadAnswer | null;

  @TextAnswer({ description: "The case lead's reason for asking Jeugdlink" })
  reason!: string;

  @DayAnswer()
  requestedOn!: string;
}

export class JeugdlinkRequestListAnswer {
  @NestedAnswer(() => JeugdlinkRequestAnswer, { array: true, description: 'Longest waiting first' })
  items!: readonly JeugdlinkRequestAnswer[];
}
