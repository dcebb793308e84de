import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';
import { useParams } from 'react-router';
import { useAnnouncer } from './announcer';
import { OneFormAtATime } from './one-form';
import { PlacementsFrame } from './placements-frame';
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
      <PlacementsFrame caseId={caseId} title={t('placement.title')} view={view} placements={placements} none={t('placement.noRequest')}>
        {(shown) => shown.toReversed().map((placement) => <OnePlacement key={placement.placementId} placement={placement} />)}
      </PlacementsFrame>
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
