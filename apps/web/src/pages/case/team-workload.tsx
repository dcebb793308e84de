import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/casus-api';
import type { MessageKey } from '../../i18n/keys';

type TeamWorkloadAnswer = components['schemas']['TeamWorkloadAnswer'];

const COUNTS = [
  ['openCases', 'myWork.openCases'],
  ['overdueDeadlines', 'myWork.overdueDeadlines'],
  ['openTasks', 'myWork.openTasks'],
  ['overdueTasks', 'myWork.overdueTasks'],
] as const satisfies readonly (readonly [keyof TeamWorkloadAnswer, MessageKey])[];

/** The team's open and overdue counts, as GET /workload gives them. */
export function TeamWorkload({ team, workload }: { team: string; workload: readonly TeamWorkloadAnswer[] | undefined }) {
  const { t } = useTranslation();
  if (!workload) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  const ours = workload.find((counts) => counts.team === team);
  return (
    <DataList appearance="rows" className="casus-workload">
      {COUNTS.map(([count, label]) => (
        <DataListItem key={count}>
          <DataListKey>{t(label)}</DataListKey>
          <DataListValue>{ours?.[count] ?? 0}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
