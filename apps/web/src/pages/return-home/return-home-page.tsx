import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCaseView, type CaseView, type Placement } from '../placement/placement-reads';
import { PlacementsFrame } from '../placement/placements-frame';
import { DecisionResult } from './decision-result';
import { JointDecisionForm } from './joint-decision-form';
import { useReturnDecisionStep, type DecisionStep } from './return-decision-step';
import { ReturnPlan } from './return-plan';

/** `/dossiers/:caseId/thuisplaatsing`: per placement, the return-home plan, the joint decisions on record, and a new one. */
export function ReturnHomePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const view = useCaseView(caseId);
  const step = useReturnDecisionStep(caseId);
  const placements = (view.data?.case.placements ?? []).filter((placement) => placement.status === 'active' || placement.returnHomePlan);
  return (
    <PlacementsFrame caseId={caseId} title={t('returnHome.title')} view={view} placements={placements} none={t('returnHome.noPlacement')}>
      {(shown, read) =>
        shown.map((placement) => <OnePlacement key={placement.placementId} view={read} placement={placement} step={step.data} />)
      }
    </PlacementsFrame>
  );
}

type Props = Readonly<{ view: CaseView; placement: Placement; step: DecisionStep | undefined }>;

function OnePlacement({ view, placement, step }: Props) {
  const { t } = useTranslation();
  // The API says whether this person may record the decision now, and on which placement; or why not.
  const about = step && (step.placementId ?? placement.placementId) === placement.placementId;
  return (
    <section className="casus-placement" aria-label={t('returnHome.placement', { on: placement.intendedStartOn })}>
      <Heading2>{t('returnHome.plan')}</Heading2>
      {placement.returnHomePlan ? <ReturnPlan plan={placement.returnHomePlan} /> : <Paragraph>{t('returnHome.noPlan')}</Paragraph>}
      <Heading2>{t('returnHome.decisions')}</Heading2>
      {placement.returnDecisions.length === 0 ? (
        <Paragraph>{t('returnHome.noDecision')}</Paragraph>
      ) : (
        placement.returnDecisions.map((decision) => <DecisionResult key={decision.decisionId} decision={decision} view={view} />)
      )}
      {about && (
        <>
          <Heading2>{t('returnHome.newDecision')}</Heading2>
          {step.open ? (
            <JointDecisionForm view={view} placement={placement} />
          ) : (
            <Paragraph>
              {step.text} {t('forms.rule', { code: step.code })}
            </Paragraph>
          )}
        </>
      )}
    </section>
  );
}
