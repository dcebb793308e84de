import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { answered, api } from '../api/client';
import { ProblemError } from '../api/problem';
import { momentOf } from '../pages/case/dates';
import { useMe } from '../auth/who';
import { useCaseForForms, type FileLine } from './case-lists';
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
  const timeline = useTimelineLines(
    caseId,
    form.fields.some((field) => field.kind === 'event'),
  );
  const { send, pending } = useStep({
    form,
    caseId,
    revision: view.data?.revision,
    confirmation: t('forms.done', { step: t(`caseTerms.step.${step}`) }),
  });
  const error = view.error ?? timeline.error;
  if (error)
    return (
      <Paragraph role="status">
        {t('forms.caseUnknown')} {error instanceof ProblemError && error.problem.text}
      </Paragraph>
    );
  if (!view.data || !timeline.lines) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  return (
    <StepFormView
      form={form}
      opening={openingFor(me)}
      view={view.data}
      lines={timeline.lines}
      pending={pending}
      send={send}
      reload={() => void view.refetch()}
    />
  );
}

/** The case's steps as a form points at one (withhold it, mark it): newest first, each by when and in the API's words. */
function useTimelineLines(caseId: string, needed: boolean): { lines?: readonly FileLine[]; error: Error | null } {
  const { i18n } = useTranslation();
  const timeline = useQuery({
    queryKey: ['step-form-timeline', caseId, i18n.language],
    queryFn: () => answered(api.GET('/cases/{caseId}/timeline', { params: { path: { caseId } } })),
    enabled: needed,
  });
  if (!needed) return { lines: [], error: null };
  const lines = timeline.data?.steps
    .map((line) => ({ eventNumber: line.revision, words: `${momentOf(line.at, i18n.language)}: ${line.summary}` }))
    .toReversed();
  return { lines, error: timeline.error };
}
