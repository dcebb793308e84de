import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { useAnnouncer } from './announcer';
import { OneFormAtATime } from './one-form';
import { Candidates } from './candidates';
import { useCaseView, usePlacementProcess, usePlaces, type Placement } from './placement-reads';
import { ProcessCourse } from './process-course';

/** `/dossiers/:caseId/plaatsing`: each placement request of the case, its ranked candidates as a picture, and its course. */
export function PlacementPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const view = useCaseView(caseId);
  const placements = view.data?.case.placements ?? [];
  return (
    <OneFormAtATime>
      <Heading1>{t('placement.title')}</Heading1>
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
        <Paragraph>{t('placement.noRequest')}</Paragraph>
      ) : (
        placements.toReversed().map((placement) => <OnePlacement key={placement.placementId} placement={placement} />)
      )}
    </OneFormAtATime>
  );
}

function OnePlacement({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const process = usePlacementProcess(placement.placementId);
  const places = usePlaces();
  const { line, say } = useAnnouncer();
  if (process.error)
    return <Paragraph>{process.error instanceof ProblemError ? process.error.problem.text : t('placement.unreadable')}</Paragraph>;
  if (!process.data || !places.data) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  return (
    <section
      className="casus-placement"
      aria-label={t('placement.request', { on: placement.intendedStartOn, count: placement.childIds.length })}
    >
      <Paragraph>
        <strong>{t('placement.request', { on: placement.intendedStartOn, count: placement.childIds.length })}</strong>
      </Paragraph>
      {line}
      <Candidates process={process.data} places={places.data} say={say} />
      <ProcessCourse process={process.data} places={places.data} />
    </section>
  );
}
