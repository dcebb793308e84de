import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DeadlineKind } from './case-types';
import { dayOf } from './dates';

// Tasks and appointments carry what they are about in their own description; the other kinds are said by their kind.
const OWN_WORDS: readonly DeadlineKind[] = ['task', 'appointment'];

type Due = Readonly<{ kind: DeadlineKind; dueOn: string; description: string; overdue: boolean; warning?: boolean }>;

/** One deadline as a line: what, by when, and a badge in words when it is overdue or near (never colour alone). */
export function DeadlineLine({ due }: { due: Due }) {
  const { t, i18n } = useTranslation();
  const what = OWN_WORDS.includes(due.kind)
    ? `${t(`caseTerms.deadline.${due.kind}`)}: ${due.description}`
    : t(`caseTerms.deadline.${due.kind}`);
  return (
    <>
      {what}, {t('casePage.due', { date: dayOf(due.dueOn, i18n.language) })}{' '}
      {due.overdue ? (
        <StatusBadge status="danger">{t('casePage.overdue')}</StatusBadge>
      ) : due.warning ? (
        <StatusBadge status="warning">{t('casePage.warning')}</StatusBadge>
      ) : null}
    </>
  );
}
