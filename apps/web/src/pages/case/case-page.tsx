import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { StepConfirmation } from '../../forms/step-confirmation';
import { AtAGlance } from './at-a-glance';
import { CaseDeadlines } from './case-deadlines';
import { caseName } from './case-name';
import { useCaseReads } from './case-reads';
import { CaseTimeline } from './case-timeline';
import type { CaseRecord } from './case-types';
import { ageOn, dayOf, todayInTheNetherlands } from './dates';
import { NextSteps } from './next-steps';
import { Section } from './section';

/**
 * The case page every professional role opens: what they may read of it is the API's business, the page shows what it
 * gets. Its reads start together; the heading shows as soon as the case arrives, each section as its own answer does.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const reads = useCaseReads(caseId);
  if (reads.case.error) return <CaseUnavailable error={reads.case.error} />;
  const view = reads.case.data;
  if (!view) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  return (
    <>
      <CaseHeading record={view.case} />
      <StepConfirmation />
      {/* Busy until every section has its answer: assistive technology, and the bench, wait for that. */}
      <div className="casus-case" aria-busy={[reads.steps, reads.timeline, reads.deadlines].some((read) => read.isPending)}>
        <Section id="in-een-oogopslag" title={t('casePage.glance')} read={reads.case}>
          {({ case: record }) => <AtAGlance record={record} deadlines={reads.deadlines.data?.items} />}
        </Section>
        <Section id="wat-u-nu-kunt-doen" title={t('casePage.steps')} read={reads.steps}>
          {({ steps }) => <NextSteps caseId={caseId} steps={steps} />}
        </Section>
        <Section id="termijnen" title={t('casePage.deadlines')} read={reads.deadlines}>
          {({ items }) => <CaseDeadlines deadlines={items} />}
        </Section>
        <Section id="tijdlijn" title={t('casePage.timeline')} read={reads.timeline}>
          {({ steps }) => <CaseTimeline steps={steps} />}
        </Section>
      </div>
    </>
  );
}

function CaseHeading({ record }: { record: CaseRecord }) {
  const { t, i18n } = useTranslation();
  const today = todayInTheNetherlands();
  const received = typeof record.signal.receivedAt === 'string' ? record.signal.receivedAt.slice(0, 10) : null;
  return (
    <>
      <Heading1>
        {caseName(
          t,
          record.municipality,
          record.children.map((child) => ageOn(child.birthDate, today)),
        )}
      </Heading1>
      <Paragraph>{received ? t('casePage.opened', { team: record.team, date: dayOf(received, i18n.language) }) : record.team}</Paragraph>
    </>
  );
}

/** A case this person may not read looks exactly like one that does not exist (the API answers both with 404): never more. */
function CaseUnavailable({ error }: { error: Error }) {
  const { t } = useTranslation();
  const problem = error instanceof ProblemError ? error.problem : null;
  const refused = problem?.status === 404 || problem?.status === 403;
  return (
    <>
      <Heading1>{t('casePage.noAccessTitle')}</Heading1>
      <Paragraph role="alert">
        {refused ? t('casePage.noAccess') : t('casePage.failed', { text: problem?.text ?? error.message, code: problem?.code ?? 'HTTP' })}
      </Paragraph>
      <Paragraph>
        <Link className="utrecht-link" to="/">
          {t('app.backHome')}
        </Link>
      </Paragraph>
    </>
  );
}
