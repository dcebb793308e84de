import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MessageKey } from '../../i18n/keys';
import { caseName } from './case-name';
import { nl } from '../../i18n/nl';
import type { CaseListItem, CasePhase } from './case-types';
import { daysAfter, todayInTheNetherlands } from './dates';
import { DeadlineLine } from './deadline-line';

const GROUPS = ['overdue', 'thisWeek', 'later', 'noDeadline'] as const;
type Group = (typeof GROUPS)[number];

const GROUP_WORDS = {
  overdue: 'myWork.overdue',
  thisWeek: 'myWork.thisWeek',
  later: 'myWork.later',
  noDeadline: 'myWork.noDeadline',
} as const satisfies Record<Group, MessageKey>;

/** Which group a case is shown in, by its next deadline: overdue (the API says), within 7 days, later, or none. */
function groupOf(item: CaseListItem, weekEnd: string): Group {
  const next = item.nextDeadline;
  if (!next) return 'noDeadline';
  if (next.overdue) return 'overdue';
  return next.dueOn <= weekEnd ? 'thisWeek' : 'later';
}

/** The cases of one page, grouped under headings in the API's order (the nearest deadline first). */
export function CaseList({ cases }: { cases: readonly CaseListItem[] }) {
  const { t } = useTranslation();
  const weekEnd = daysAfter(todayInTheNetherlands(), 7);
  return GROUPS.map((group) => {
    const shown = cases.filter((item) => groupOf(item, weekEnd) === group);
    if (shown.length === 0) return null;
    return (
      <section key={group} aria-labelledby={`groep-${group}`} className="casus-section">
        <Heading2 id={`groep-${group}`}>
          {t(GROUP_WORDS[group])} ({shown.length})
        </Heading2>
        <ul className="casus-cases">
          {shown.map((item) => (
            <CaseRow key={item.caseId} item={item} />
          ))}
        </ul>
      </section>
    );
  });
}

// The list types its phase as text: a phase the app has no words for yet shows as the API spells it.
const isPhase = (phase: string): phase is CasePhase => Object.hasOwn(nl.caseTerms.phase, phase);

function CaseRow({ item }: { item: CaseListItem }) {
  const { t } = useTranslation();
  return (
    <li className="casus-case-row">
      <Heading3>
        <Link className="utrecht-link" to={`/dossiers/${item.caseId}`}>
          {caseName(
            t,
            item.municipality,
            item.children.map((child) => child.age),
          )}
        </Link>
      </Heading3>
      <Paragraph>
        {t('myWork.phase', { phase: isPhase(item.phase) ? t(`caseTerms.phase.${item.phase}`) : item.phase })} ·{' '}
        {item.lead?.name ? t('myWork.lead', { name: item.lead.name }) : t('myWork.noLead')}
      </Paragraph>
      <Paragraph>
        {item.nextDeadline ? (
          <>
            {t('myWork.next')}: <DeadlineLine due={item.nextDeadline} />
          </>
        ) : (
          t('myWork.noOpenDeadline')
        )}
      </Paragraph>
    </li>
  );
}
