import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClosedStep, OpenStep, Step } from './case-types';

/** Where a step's form lives (the forms' routes): `/dossiers/<case>/stap/<type>`, on a placement `?plaatsing=<id>`. */
export function stepFormPath(caseId: string, step: OpenStep): string {
  const path = `/dossiers/${caseId}/stap/${step.type}`;
  return step.placementId ? `${path}?plaatsing=${step.placementId}` : path;
}

/** "Wat u nu kunt doen": the steps the API opens to this person now, and folded away those it closes, with its reason. */
export function NextSteps({ caseId, steps }: { caseId: string; steps: readonly Step[] }) {
  const { t } = useTranslation();
  const open = steps.filter((step): step is OpenStep => step.open);
  const closed = steps.filter((step): step is ClosedStep => !step.open);
  return (
    <>
      {open.length > 0 ? (
        <UnorderedList className="casus-open-steps">
          {open.map((step) => (
            <UnorderedListItem key={`${step.type}:${step.placementId ?? ''}`}>
              <Link className="utrecht-link" to={stepFormPath(caseId, step)}>
                {t(`caseTerms.step.${step.type}`)}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t('casePage.noOpenSteps')}</Paragraph>
      )}
      {closed.length > 0 && (
        <details className="casus-closed-steps">
          <summary>{t('casePage.closedSteps', { count: closed.length })}</summary>
          <UnorderedList>
            {closed.map((step) => (
              <UnorderedListItem key={`${step.type}:${step.placementId ?? ''}`}>
                <strong>{t(`caseTerms.step.${step.type}`)}</strong>: {step.text} ({step.code})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      )}
    </>
  );
}
