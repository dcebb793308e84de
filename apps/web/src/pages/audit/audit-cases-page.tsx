import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { AuditTable } from './audit-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { CASES_PAGE, listCases, type CaseFilters } from './audit-reads';
import { shortId, wordFor } from './codes';
import { FilterForm, type FilterField } from './filter-form';
import { momentIn } from './moments';
import { Pager } from './pager';
import { ProblemText } from './problem-text';

// The filter's choices as the API's query takes them (the compiler holds them to its union).
const PHASES = [
  'safety-assessment',
  'support',
  'safety-plan',
  'placement',
  'return-home',
  'aftercare',
  'closed',
] as const satisfies readonly NonNullable<CaseFilters['phase']>[];
const STATUSES = ['open', 'closed'] as const satisfies readonly NonNullable<CaseFilters['status']>[];

/** "Dossiers": an auditor reads every case; finding one is a list read, and the list's cases are each in the access log. */
export function AuditCasesPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('pagina')) || 1);
  const filters: CaseFilters = {
    municipality: search.get('municipality') || undefined,
    team: search.get('team') || undefined,
    phase: (search.get('phase') || undefined) as CaseFilters['phase'],
    status: (search.get('status') || undefined) as CaseFilters['status'],
    page,
  };
  const cases = useQuery({ queryKey: ['audit', 'cases', filters], queryFn: () => listCases(filters), placeholderData: keepPreviousData });
  const fields: FilterField[] = [
    { name: 'municipality', label: t('audit.cases.municipality') },
    { name: 'team', label: t('audit.cases.team') },
    {
      name: 'phase',
      label: t('audit.cases.phase'),
      options: PHASES.map((value) => ({ value, label: wordFor(t, 'caseTerms.phase', value) })),
    },
    {
      name: 'status',
      label: t('audit.cases.status'),
      options: STATUSES.map((value) => ({ value, label: wordFor(t, 'audit.status', value) })),
    },
  ];
  const problem = cases.error instanceof ProblemError ? cases.error.problem : undefined;
  const pages = cases.data ? Math.max(1, Math.ceil(cases.data.total / CASES_PAGE)) : 1;
  const goTo = (to: number) => setSearch((now) => (now.set('pagina', String(to)), now));
  return (
    <>
      <Heading1>{t('audit.cases.title')}</Heading1>
      <Paragraph>{t('audit.cases.intro')}</Paragraph>
      <FilterForm fields={fields} values={search} problem={problem} onFilter={(chosen) => setSearch(chosen)} />
      {cases.error && <ProblemText error={cases.error} />}
      {cases.data && (
        <>
          <Paragraph role="status">
            {cases.isPlaceholderData ? t('app.loading') : t('audit.cases.found', { count: cases.data.total })}
          </Paragraph>
          {cases.data.items.length > 0 && (
            <AuditTable
              headers={[
                t('audit.cases.case'),
                t('audit.cases.team'),
                t('audit.cases.phase'),
                t('audit.cases.lead'),
                t('audit.cases.lastStep'),
              ]}
              rows={cases.data.items}
              keyOf={(item) => item.caseId}
              cells={(item) => [
                <Link to={`/audit/dossiers/${item.caseId}`} className="utrecht-link">
                  {t('audit.cases.open', { caseId: shortId(item.caseId), municipality: item.municipality })}
                </Link>,
                item.team,
                `${wordFor(t, 'caseTerms.phase', item.phase)} (${wordFor(t, 'audit.status', item.status)})`,
                item.lead?.name ?? t('audit.then.noLead'),
                `${momentIn(item.lastStep.at, i18n.language)}: ${item.lastStep.summary}`,
              ]}
            />
          )}
          <Pager label={t('audit.cases.pages')} page={page} pages={pages} onPage={goTo} />
        </>
      )}
    </>
  );
}
