import { CASE_STATUSES, FAMILY_RELATIONS } from '@casus/domain';
import { CountAnswer, DayAnswer, EnumAnswer, FlagAnswer, IdAnswer, MomentAnswer, NestedAnswer, TextAnswer } from '../../http/answer-fields';
import type { MyAccessLogView } from './my-access-log.view';
import type { MyFileView } from './my-file.view';

const RIGHTS = ['file', 'information'] as const;
const AS = ['child', ...FAMILY_RELATIONS] as const;

export class MyFileItemAnswer {
  @IdAnswer()
  caseId!: string;

  @IdAnswer({ description: 'Who the account is on this case: a child of the case or a recorded family member' })
  personId!: string;

  @EnumAnswer(AS)
  as!: (typeof AS)[number];

  @EnumAnswer(RIGHTS, { description: 'file: the file as it concerns their children (or themself); information: BW 1:377c' })
  right!: (typeof RIGHTS)[number];

  @TextAnswer()
  municipality!: string;

  @EnumAnswer(CASE_STATUSES)
  status!: (typeof CASE_STATUSES)[number];
}

export class MyFilesAnswer {
  @NestedAnswer(() => MyFileItemAnswer, { array: true })
  files!: MyFileItemAnswer[];
}

class YouAnswer {
  @IdAnswer()
  personId!: string;

  @TextAnswer({ description: 'Who you are on the case, in words: kind, ouder, ...' })
  as!: string;

  @EnumAnswer(RIGHTS)
  right!: (typeof RIGHTS)[number];

  @TextAnswer({ description: 'What the right means, in plain words' })
  rightText!: string;
}

class LeadNameAnswer {
  @TextAnswer()
  name!: string;
}

class ContactAnswer {
  @TextAnswer()
  team!: string;

  @TextAnswer()
  organisation!: string;

  @NestedAnswer(() => LeadNameAnswer, { nullable: true })
  lead!: LeadNameAnswer | null;
}

class ByAnswer {
  @TextAnswer({ nullable: true })
  organisation!: string | null;

  @TextAnswer()
  roleText!: string;
}

class OwnWordsAnswer {
  @TextAnswer()
  whoText!: string;

  @TextAnswer()
  words!: string;

  @TextAnswer({ optional: true })
  preference?: string;
}

class HappenedAnswer {
  @CountAnswer({ description: 'The revision of the step on the case (0-based): what a request about it names' })
  eventNumber!: number;

  @DayAnswer()
  on!: string;

  @TextAnswer()
  text!: string;

  @NestedAnswer(() => ByAnswer)
  by!: ByAnswer;

  @TextAnswer({ optional: true, description: 'The reason the step gives' })
  why?: string;

  @NestedAnswer(() => OwnWordsAnswer, { array: true, optional: true, description: 'Your own words on record in this step' })
  ownWords?: OwnWordsAnswer[];
}

class NextAnswer {
  @TextAnswer()
  text!: string;

  @DayAnswer()
  dueOn!: string;
}

class WithheldAnswer {
  @DayAnswer()
  on!: string;

  @TextAnswer()
  text!: string;

  @TextAnswer({ description: 'Whose interest weighs heavier, in plain words' })
  groundText!: string;

  @TextAnswer()
  reason!: string;
}

class InformationAnswer {
  @DayAnswer()
  on!: string;

  @TextAnswer()
  text!: string;
}

/** The file as this family member may read it: `happened`, `next` and `withheld` with the file right, `information` without. */
export class MyFileAnswer implements Partial<Record<keyof MyFileView, unknown>> {
  @IdAnswer()
  caseId!: string;

  @CountAnswer()
  revision!: number;

  @NestedAnswer(() => YouAnswer)
  you!: YouAnswer;

  @NestedAnswer(() => ContactAnswer, { description: 'Whom to contact' })
  contact!: ContactAnswer;

  @EnumAnswer(CASE_STATUSES)
  status!: (typeof CASE_STATUSES)[number];

  @TextAnswer()
  phaseText!: string;

  @NestedAnswer(() => HappenedAnswer, { array: true, optional: true })
  happened?: HappenedAnswer[];

  @NestedAnswer(() => NextAnswer, { array: true, optional: true })
  next?: NextAnswer[];

  @NestedAnswer(() => WithheldAnswer, { array: true, optional: true, description: 'That a part was withheld, when and why; not what' })
  withheld?: WithheldAnswer[];

  @NestedAnswer(() => InformationAnswer, { array: true, optional: true, description: 'The important facts (BW 1:377c)' })
  information?: InformationAnswer[];
}

class AccessLineAnswer {
  @MomentAnswer()
  at!: string;

  @TextAnswer()
  organisation!: string;

  @TextAnswer()
  roleText!: string;

  @TextAnswer({ optional: true, description: 'Only when the organisation shows names (FAMILY_ACCESS_LOG_NAMES=shown)' })
  name?: string;

  @TextAnswer()
  whatText!: string;

  @TextAnswer()
  groundText!: string;
}

export class MyAccessLogAnswer implements Record<keyof MyAccessLogView, unknown> {
  @FlagAnswer()
  namesShown!: boolean;

  @NestedAnswer(() => AccessLineAnswer, { array: true })
  lines!: AccessLineAnswer[];
}
