import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { useCaseView, type CaseView, type Placement } from '../placement/placement-reads';
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
    <>
      <Heading1>{t('returnHome.title')}</Heading1>
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
        <Paragraph>{t('returnHome.noPlacement')}</Paragraph>
      ) : (
        placements.map((placement) => <OnePlacement key={placement.placementId} view={view.data} placement={placement} step={step.data} />)
      )}
    </>
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
