import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../api/problem';
import { useMe } from '../auth/who';
import { useCaseForForms } from './case-lists';
import { StepFormView } from './step-form';
import { isStepType, STEP_FORMS, type StepType } from './step-forms';
import { openingFor, useStep } from './use-step';

/** `/dossiers/:caseId/stap/:step`: the form of one step of a case, by the command's type. */
export function StepPage() {
  const { t } = useTranslation();
  const { caseId = '', step = '' } = useParams();
  if (!isStepType(step)) return <Heading1>{t('forms.stepUnknown')}</Heading1>;
  return (
    <>
      <Heading1>{t(`caseTerms.step.${step}`)}</Heading1>
      <Paragraph>
        <Link to={`/dossiers/${caseId}`} className="utrecht-link">
          {t('forms.backToCase')}
        </Link>
      </Paragraph>
      <OneStep key={`${caseId}/${step}`} caseId={caseId} step={step} />
    </>
  );
}

function OneStep({ caseId, step }: { caseId: string; step: StepType }) {
  const { t } = useTranslation();
  const me = useMe().data!;
  const view = useCaseForForms(caseId);
  const form = STEP_FORMS[step];
  const { send, pending } = useStep({
    form,
    caseId,
    revision: view.data?.revision,
    confirmation: t('forms.done', { step: t(`caseTerms.step.${step}`) }),
  });
  if (view.error)
    return (
      <Paragraph role="status">
        {t('forms.caseUnknown')} {view.error instanceof ProblemError && view.error.problem.text}
      </Paragraph>
    );
  if (!view.data) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  return (
    <StepFormView form={form} opening={openingFor(me)} view={view.data} pending={pending} send={send} reload={() => void view.refetch()} />
  );
}
