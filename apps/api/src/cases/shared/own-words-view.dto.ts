import { ValidateIf } from 'class-validator';
import { BooleanField, TextField, UuidField } from '../../http/fields';

type Participant = Readonly<{ participant: string; heard?: boolean }>;

const isChild = (view: Participant) => view.participant === 'child';
const isUnheardChild = (view: Participant) => isChild(view) && view.heard === false;

/**
 * A child's or a parent's view in their own words, as the decisions that hear them take it (a proposed
 * place, the return home); which fields apply depends on `participant`, whose values each decision lists.
 */
export abstract class OwnWordsViewRequest {
  abstract participant: string;

  @ValidateIf(isChild)
  @UuidField({ optional: 'conditional', description: 'child' })
  childId?: string;

  @ValidateIf(isChild)
  @BooleanField({ optional: 'conditional', description: 'child: whether the child was heard' })
  heard?: boolean;

  @ValidateIf(isUnheardChild)
  @TextField({ optional: 'conditional', max: 10_000, description: 'child not heard: why' })
  notHeardReason?: string;

  @ValidateIf((view: Participant) => view.participant === 'parent')
  @UuidField({ optional: 'conditional', description: 'parent' })
  familyMemberId?: string;

  @ValidateIf((view: Participant) => !isUnheardChild(view))
  @TextField({ optional: 'conditional', max: 10_000, description: 'the view in their own words' })
  statement?: string;
}

export { isUnheardChild };
