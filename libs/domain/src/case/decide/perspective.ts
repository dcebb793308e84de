import { RecordPerspectiveDecision } from '../commands';
import { refuse } from '../errors';
import { PerspectiveDecided } from '../events';
import { ExistingCase } from '../state';
import { Moment, requireActivePlacement, requireAfterStart, requireNotAfterToday, requireText } from './guards';
import { requireEveryVoice, VoiceCodes } from './joint-decision';

const PERSPECTIVE_VOICES: VoiceCodes = {
  unknownParticipant: 'PERSPECTIVE.UNKNOWN_PARTICIPANT',
  childNotHeard: 'PERSPECTIVE.CHILD_NOT_HEARD',
  parentViewMissing: 'PERSPECTIVE.PARENT_VIEW_MISSING',
  giViewMissing: 'PERSPECTIVE.GI_VIEW_MISSING',
};

/**
 * The perspective decision (perspectiefbesluit; Richtlijn Pleegzorg 2025): where the placed child grows up, taken
 * with the child, the parents, the GI under a court order and, for growing up in the foster family, the foster
 * parents, with its justification for this child. It meets the date the plan of action set. No fixed term
 * ("aanvaardbare termijn", deleted in 2022) is enforced; a later decision may revise it.
 */
export function recordPerspectiveDecision({ data }: RecordPerspectiveDecision, state: ExistingCase, moment: Moment): [PerspectiveDecided] {
  if (state.perspectiveDecisions.some((d) => d.decisionId === data.decisionId)) {
    refuse('PERSPECTIVE.ALREADY_DECIDED', `perspective decision ${data.decisionId} is already on record`);
  }
  const placement = requireActivePlacement(state, data.placementId);
  requireAfterStart(placement, requireNotAfterToday(data.decidedOn, 'the decision date', moment), 'the perspective decision');
  requireEveryVoice(data.views, data.decidedOn, placement, state, PERSPECTIVE_VOICES);
  if (data.perspective === 'foster-family' && !data.views.some((v) => v.participant === 'caregiver')) {
    refuse('PERSPECTIVE.CAREGIVER_VIEW_MISSING', 'growing up in the foster family: the view of the foster parents (caregiver) is missing');
  }
  const where = data.perspective === 'elsewhere' ? requireText(data.where, 'where the child grows up') : null;
  requireText(data.justification, 'the justification of the perspective for this child');
  const { placementId, decisionId, decidedOn, perspective, views, justification } = data;
  return [
    {
      type: 'PerspectiveDecided',
      data: { placementId, decisionId, childIds: placement.childIds, decidedOn, perspective, where, views, justification },
    },
  ];
}
