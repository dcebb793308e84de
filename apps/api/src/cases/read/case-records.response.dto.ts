import {
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  COURT_ORDER_KINDS,
  type ConsentRecord,
  type CourtOrderRecord,
  type JeugdlinkInvolvement,
  type JeugdlinkMember,
} from '@casus/domain';
import { DayAnswer, EnumAnswer, IdAnswer, IdListAnswer, NestedAnswer, RecordAnswer, TextAnswer } from '../../http/answer-fields';

// The parts of the case a case page shows at a glance, each implementing the domain's record so neither drifts.

class ConsentGiverAnswer {
  @EnumAnswer(CONSENT_GIVERS)
  giver!: string;

  @IdAnswer({ optional: true, description: 'When a family member gave it' })
  familyMemberId?: string;

  @IdAnswer({ optional: true, description: 'When the child gave it' })
  childId?: string;
}

export class ConsentAnswer implements ConsentRecord {
  @IdAnswer()
  consentId!: string;

  @NestedAnswer(() => ConsentGiverAnswer)
  givenBy!: ConsentRecord['givenBy'];

  @EnumAnswer(CONSENT_PURPOSES)
  purpose!: ConsentRecord['purpose'];

  @IdListAnswer()
  childIds!: readonly string[];

  @DayAnswer()
  givenOn!: string;

  @RecordAnswer({ nullable: true, description: 'on, reason' })
  withdrawn!: ConsentRecord['withdrawn'];
}

class JeugdlinkMemberAnswer implements JeugdlinkMember {
  @IdAnswer()
  memberId!: string;

  @TextAnswer()
  name!: string;

  @TextAnswer()
  organisation!: string;
}

export class JeugdlinkAnswer implements JeugdlinkInvolvement {
  @EnumAnswer(['requested', 'joined', 'ended'])
  status!: JeugdlinkInvolvement['status'];

  @TextAnswer()
  reason!: string;

  @DayAnswer()
  requestedOn!: string;

  @TextAnswer({ nullable: true, description: 'The team asked to join, then the team that joined' })
  team!: string | null;

  @NestedAnswer(() => JeugdlinkMemberAnswer, { array: true })
  members!: readonly JeugdlinkMemberAnswer[];

  @TextAnswer({ nullable: true })
  purpose!: string | null;

  @DayAnswer({ nullable: true })
  joinedOn!: string | null;

  @RecordAnswer({ nullable: true, description: 'on, reason' })
  ended!: JeugdlinkInvolvement['ended'];
}

export class CourtOrderAnswer implements CourtOrderRecord {
  @IdAnswer()
  courtOrderId!: string;

  @EnumAnswer(COURT_ORDER_KINDS)
  kind!: CourtOrderRecord['kind'];

  @IdAnswer()
  childId!: string;

  @DayAnswer()
  issuedOn!: string;

  @DayAnswer()
  validFrom!: string;

  @DayAnswer()
  validUntil!: string;

  @TextAnswer()
  court!: string;

  @TextAnswer()
  caseNumber!: string;

  @TextAnswer()
  giOrganisation!: string;

  @IdAnswer({ nullable: true })
  extendsCourtOrderId!: string | null;

  @DayAnswer({ nullable: true })
  parentsHearingDueOn!: string | null;

  @RecordAnswer({ nullable: true, description: 'How and when the court ended it before its term' })
  ended!: CourtOrderRecord['ended'];
}
