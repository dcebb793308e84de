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
import type { Placement, ReturnCondition } from '../placement/placement-reads';

/** A condition's standing by its latest assessment, in words (never by colour alone). */
function Standing({ condition }: { condition: ReturnCondition }) {
  const { t } = useTranslation();
  const latest = condition.assessments.at(-1);
  const standing = latest === undefined ? 'unassessed' : latest.met ? 'met' : 'unmet';
  return <StatusBadge status={standing}>{t(`returnHome.condition.${standing}`)}</StatusBadge>;
}

/** The return-home plan: the support, the target date, and each condition with every assessment of it. */
export function ReturnPlan({ plan }: { plan: NonNullable<Placement['returnHomePlan']> }) {
  const { t } = useTranslation();
  return (
    <>
      <DataList>
        <DataListItem>
          <DataListKey>{t('returnHome.targetOn')}</DataListKey>
          <DataListValue>{plan.targetOn}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('returnHome.support')}</DataListKey>
          <DataListValue>{plan.support}</DataListValue>
        </DataListItem>
      </DataList>
      <Heading3>{t('returnHome.conditions')}</Heading3>
      <UnorderedList className="casus-conditions">
        {plan.conditions.map((condition) => (
          <UnorderedListItem key={condition.conditionId}>
            <Paragraph>
              <strong>{condition.description}</strong> <Standing condition={condition} />
            </Paragraph>
            <Paragraph>{t('returnHome.responsible', { who: condition.responsible })}</Paragraph>
            {condition.assessments.length > 0 && (
              <UnorderedList>
                {condition.assessments.map((assessment, index) => (
                  <UnorderedListItem key={index}>
                    {t(assessment.met ? 'returnHome.assessedMet' : 'returnHome.assessedUnmet', { on: assessment.assessedOn })}:{' '}
                    {assessment.evidence}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
