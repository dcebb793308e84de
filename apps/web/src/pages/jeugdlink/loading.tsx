import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';

/** A list while it loads (role="status"), its refusal in the API's words with the rule's code, or the list itself. */
export function Loading<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.error) {
    const problem = query.error instanceof ProblemError ? query.error.problem : undefined;
    return (
      <Alert type="error">
        <Paragraph>{problem?.text ?? String(query.error)}</Paragraph>
        {problem && <Paragraph>{t('forms.rule', { code: problem.code })}</Paragraph>}
      </Alert>
    );
  }
  if (query.data === undefined) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  return <>{children(query.data)}</>;
}
