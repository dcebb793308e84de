import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import type { HistoryItem } from './audit-answers';
import { readHistory, readStepLines } from './audit-reads';
import { shortId } from './codes';
import { DecisionContextView } from './decision-context';
import { ExportDownload } from './export-download';
import { HistorySlider } from './history-slider';
import { HistoryTable } from './history-table';
import { IntegrityCheck } from './integrity-check';
import { ProblemText } from './problem-text';

/** One case replayed for an auditor: as it stood at any moment, its chain checked, its export, and what each decider knew. */
export function CaseAuditPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const history = useQuery({ queryKey: ['audit', 'history', caseId], queryFn: () => readHistory(caseId) });
  const lines = useQuery({ queryKey: ['audit', 'lines', caseId], queryFn: () => readStepLines(caseId) });
  const [decision, setDecision] = useState<HistoryItem>();
  const lineOf = (item: HistoryItem) => lines.data?.get(item.eventId) ?? item.type;
  const title = <Heading1>{t('audit.case.title', { caseId: shortId(caseId) })}</Heading1>;
  if (history.error) {
    const unknown = history.error instanceof ProblemError && history.error.problem.status === 404;
    return (
      <>
        {title}
        {unknown ? <Paragraph>{t('audit.case.noCase')}</Paragraph> : <ProblemText error={history.error} />}
      </>
    );
  }
  if (!history.data) {
    return (
      <>
        {title}
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      </>
    );
  }
  return (
    <>
      {title}
      <Paragraph>
        {t('audit.case.logged')}{' '}
        <Link to={`/audit/toegang?caseId=${caseId}`} className="utrecht-link">
          {t('audit.case.seeLog')}
        </Link>
        {' · '}
        <Link to={`/dossiers/${caseId}`} className="utrecht-link">
          {t('audit.case.asItIs')}
        </Link>
      </Paragraph>
      <HistorySlider caseId={caseId} items={history.data} lineOf={lineOf} />
      <IntegrityCheck caseId={caseId} />
      <ExportDownload caseId={caseId} />
      <section className="casus-audit-section" aria-labelledby="geschiedenis">
        <Heading2 id="geschiedenis">{t('audit.history.title', { count: history.data.length })}</Heading2>
        <HistoryTable items={history.data} lineOf={lineOf} onDecision={setDecision} />
      </section>
      {decision && <DecisionContextView caseId={caseId} decision={decision} line={lineOf(decision)} />}
    </>
  );
}
