import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { AuditTable } from './audit-table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import type { AccessLogLine } from './audit-answers';
import { readAccessLog, type AccessLogFilters } from './audit-reads';
import { shortId, wordFor } from './codes';
import { FilterForm, type FilterField } from './filter-form';
import { momentIn } from './moments';
import { Pager } from './pager';
import { ProblemText } from './problem-text';

const OUTCOMES = ['granted', 'refused'] as const satisfies readonly NonNullable<AccessLogFilters['outcome']>[];

/** A day chosen in the form, from its first moment or to its last, in the browser's own time as the auditor means it. */
const dayStart = (day: string | null) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const dayEnd = (day: string | null) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);

/** The access log: who read which case, when, from where and on what ground. Reading it is itself a line in it. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters: AccessLogFilters = {
    caseId: search.get('caseId') || undefined,
    user: search.get('user') || undefined,
    from: dayStart(search.get('from')),
    to: dayEnd(search.get('to')),
    outcome: (search.get('outcome') || undefined) as AccessLogFilters['outcome'],
  };
  // The log pages by cursor: the cursors of the pages seen so far, the first page's none.
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  const page = cursors.length;
  const log = useQuery({
    queryKey: ['audit', 'access-log', filters, cursors.at(-1)],
    queryFn: () => readAccessLog(filters, cursors.at(-1)),
    placeholderData: keepPreviousData,
  });
  const fields: FilterField[] = [
    { name: 'caseId', label: t('audit.log.caseId') },
    { name: 'user', label: t('audit.log.user') },
    { name: 'from', label: t('audit.log.from'), type: 'date' },
    { name: 'to', label: t('audit.log.to'), type: 'date' },
    {
      name: 'outcome',
      label: t('audit.log.outcome'),
      options: OUTCOMES.map((value) => ({ value, label: wordFor(t, 'audit.outcome', value) })),
    },
  ];
  const problem = log.error instanceof ProblemError ? log.error.problem : undefined;
  const filter = (chosen: Record<string, string>) => {
    setCursors([undefined]);
    setSearch(chosen);
  };
  const onPage = (to: number) =>
    setCursors((seen) => (to < seen.length ? seen.slice(0, to) : log.data?.next ? [...seen, log.data.next.after] : seen));
  return (
    <>
      <Heading1>{t('audit.log.title')}</Heading1>
      <Paragraph>{t('audit.log.intro')}</Paragraph>
      <FilterForm fields={fields} values={search} problem={problem} onFilter={filter} />
      {log.error && <ProblemText error={log.error} />}
      {log.data && (
        <>
          {/* The lines shown stay while the next page comes: until it does, the status says so, not the new page's number. */}
          <Paragraph role="status">
            {log.isPlaceholderData ? t('app.loading') : t('audit.log.shown', { count: log.data.items.length, page })}
          </Paragraph>
          {log.data.items.length > 0 && <AccessLogTable lines={log.data.items} />}
          <Pager label={t('audit.log.pages')} page={page} hasNext={log.data.next !== null} onPage={onPage} />
        </>
      )}
    </>
  );
}

function AccessLogTable({ lines }: { lines: readonly AccessLogLine[] }) {
  const { t, i18n } = useTranslation();
  return (
    <AuditTable
      headers={[t('audit.log.when'), t('audit.log.who'), t('audit.log.case'), t('audit.log.what'), t('audit.log.ground')]}
      rows={lines}
      keyOf={(line) => line.id}
      cells={(line) => [
        momentIn(line.occurredAt, i18n.language),
        [line.userName ?? line.userId, line.role, line.team ?? line.organisation].join(', '),
        line.caseId ? (
          <Link to={`/audit/dossiers/${line.caseId}`} className="utrecht-link">
            {shortId(line.caseId)}
          </Link>
        ) : (
          t('audit.log.noCase')
        ),
        <>
          {wordFor(t, 'audit.dataAccessed', line.dataAccessed)} <code>{line.action}</code>
        </>,
        line.ground,
      ]}
    />
  );
}
