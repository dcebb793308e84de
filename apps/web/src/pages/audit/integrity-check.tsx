import { Alert, Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Integrity } from './audit-answers';
import { readIntegrity } from './audit-reads';
import { momentIn } from './moments';
import { ProblemText } from './problem-text';

/** The hash chain walked and held against the newest signed anchor, on the auditor's request (the check is a logged read). */
export function IntegrityCheck({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const check = useMutation({ mutationFn: () => readIntegrity(caseId) });
  return (
    <section className="casus-audit-section" aria-labelledby="integriteit">
      <Heading2 id="integriteit">{t('audit.integrity.title')}</Heading2>
      <Paragraph>
        <SecondaryActionButton onClick={() => check.mutate()} aria-describedby="integriteit-uitkomst" disabled={check.isPending}>
          {t('audit.integrity.check')}
        </SecondaryActionButton>
      </Paragraph>
      <div id="integriteit-uitkomst" role="status">
        {check.error ? <ProblemText error={check.error} /> : check.data ? <IntegrityResult result={check.data} /> : null}
      </div>
    </section>
  );
}

function IntegrityResult({ result }: { result: Integrity }) {
  const { t, i18n } = useTranslation();
  const { anchor, anchorProblem, firstBreak } = result;
  return (
    <Alert type={result.intact ? 'ok' : 'error'}>
      <Paragraph>
        <strong>{result.intact ? t('audit.integrity.intact') : t('audit.integrity.broken')}</strong>{' '}
        {t('audit.integrity.events', { count: result.events, revision: result.head?.revision ?? '–' })}
      </Paragraph>
      {firstBreak && <Paragraph>{t('audit.integrity.firstBreak', { revision: firstBreak.revision })}</Paragraph>}
      {anchorProblem && <Paragraph>{t('audit.integrity.anchorProblem', { problem: anchorProblem })}</Paragraph>}
      <Paragraph>
        {anchor
          ? t('audit.integrity.anchor', { seq: anchor.seq, at: momentIn(anchor.at, i18n.language), revision: anchor.revision })
          : t('audit.integrity.noAnchor')}
      </Paragraph>
    </Alert>
  );
}
