import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemError } from '../../api/problem';
import type { CaseView, Placement } from './placement-reads';

type Props = Readonly<{
  caseId: string;
  title: string;
  view: { data?: CaseView; error: Error | null };
  /** The placements this page is about, of the case as read. */
  placements: readonly Placement[];
  /** Said when there is none of them. */
  none: string;
  children: (placements: readonly Placement[], view: CaseView) => ReactNode;
}>;

/** The frame of a page about a case's placements (candidates, return home): its heading, the way back, and its states. */
export function PlacementsFrame({ caseId, title, view, placements, none, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph>
        <Link to={`/dossiers/${caseId}`} className="utrecht-link">
          {t('forms.backToCase')}
        </Link>
      </Paragraph>
      {view.error ? (
        <Paragraph role="status">{view.error instanceof ProblemError ? view.error.problem.text : t('placement.unreadable')}</Paragraph>
      ) : !view.data ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : placements.length === 0 ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        children(placements, view.data)
      )}
    </>
  );
}
