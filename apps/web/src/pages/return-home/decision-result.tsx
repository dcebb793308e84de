import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/keys';
import type { CaseView, ParticipantView, ReturnDecision } from '../placement/placement-reads';

/** A view differs from the decision when its person preferred another outcome; no preference is no dissent. */
const dissents = (view: ParticipantView, decision: ReturnDecision) =>
  view.prefers !== undefined && view.prefers !== 'no-preference' && view.prefers !== decision.outcome.kind;

function useSpeaker(view: CaseView) {
  const { t } = useTranslation();
  return (spoken: ParticipantView): string => {
    if (spoken.participant === 'child') {
      const child = view.case.children.find((c) => c.childId === spoken.childId);
      return t('returnHome.seat.child', { birthDate: child?.birthDate ?? spoken.childId ?? '' });
    }
    if (spoken.participant === 'parent') {
      const parent = view.case.familyMembers.find((m) => m.familyMemberId === spoken.familyMemberId);
      return t('returnHome.seat.parent', { name: parent?.name ?? spoken.familyMemberId ?? '' });
    }
    const role = t(`returnHome.seat.${spoken.participant}` as MessageKey);
    return `${role}: ${spoken.name} (${spoken.organisation})`;
  };
}

/** A recorded joint decision: the outcome and its grounds, then every view in the person's own words, dissent marked. */
export function DecisionResult({ decision, view }: { decision: ReturnDecision; view: CaseView }) {
  const { t } = useTranslation();
  const speaker = useSpeaker(view);
  const dissenting = decision.views.filter((spoken) => dissents(spoken, decision)).length;
  return (
    <article className="casus-decision" aria-label={t('returnHome.decisionOn', { on: decision.decidedOn })}>
      <Heading3>{t('returnHome.decisionOn', { on: decision.decidedOn })}</Heading3>
      <DataList>
        <DataListItem>
          <DataListKey>{t('returnHome.outcome')}</DataListKey>
          <DataListValue>
            {t(`forms.choices.returnOutcome.${decision.outcome.kind}` as MessageKey)}
            {decision.outcome.reviewOn && ` (${t('returnHome.reviewOn', { on: decision.outcome.reviewOn })})`}
            {decision.outcome.perspective && `: ${decision.outcome.perspective}`}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('forms.fields.rationale')}</DataListKey>
          <DataListValue>{decision.rationale}</DataListValue>
        </DataListItem>
        {decision.conditionsOverrideReason && (
          <DataListItem>
            <DataListKey>{t('forms.fields.conditionsOverrideReason')}</DataListKey>
            <DataListValue>{decision.conditionsOverrideReason}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      <Paragraph>
        <strong>{dissenting === 0 ? t('returnHome.allAgree') : t('returnHome.dissenting', { count: dissenting })}</strong>
      </Paragraph>
      <UnorderedList className="casus-views">
        {decision.views.map((spoken, index) => (
          <UnorderedListItem key={index} className={dissents(spoken, decision) ? 'casus-view casus-view--dissent' : 'casus-view'}>
            <Paragraph>
              <strong>{speaker(spoken)}</strong>{' '}
              {dissents(spoken, decision) && <StatusBadge status="dissent">{t('returnHome.dissent')}</StatusBadge>}
            </Paragraph>
            {spoken.heard === false ? (
              <Paragraph>{t('returnHome.notHeard', { reason: spoken.notHeardReason ?? '' })}</Paragraph>
            ) : (
              <>
                <blockquote className="casus-own-words">{spoken.statement}</blockquote>
                <Paragraph>{t('returnHome.prefers', { preference: t(`forms.choices.prefers.${spoken.prefers}` as MessageKey) })}</Paragraph>
              </>
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </article>
  );
}
