import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from './case-types';
import { DeadlineLine } from './deadline-line';

/** The case's open deadlines, the nearest first (overdue ones are the nearest). */
export function CaseDeadlines({ deadlines }: { deadlines: readonly Deadline[] }) {
  const { t } = useTranslation();
  const open = deadlines.filter((d) => d.status === 'open' || d.status === 'overdue').toSorted((a, b) => a.dueOn.localeCompare(b.dueOn));
  if (open.length === 0) return <Paragraph>{t('casePage.noDeadlines')}</Paragraph>;
  return (
    <UnorderedList className="casus-deadlines">
      {open.map((deadline) => (
        <UnorderedListItem key={deadline.deadlineId}>
          <DeadlineLine due={{ ...deadline, overdue: deadline.status === 'overdue', warning: deadline.inWarningPeriod }} />
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
