import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';

type SectionProps<T> = Readonly<{ id: string; title: string; read: UseQueryResult<T>; children: (answer: T) => ReactNode }>;

/** A part of the case page with its own read: it shows when its answer arrives, or says in the API's words why not. */
export function Section<T>({ id, title, read, children }: SectionProps<T>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="casus-section">
      <Heading2 id={id}>{title}</Heading2>
      {read.data !== undefined ? (
        children(read.data)
      ) : read.error ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure(t, read.error)}</Paragraph>
        </Alert>
      ) : (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      )}
    </section>
  );
}

/** Why a read failed, in the API's words and with the rule's code. */
export function failure(t: TFunction, error: Error): string {
  const problem = error instanceof ProblemError ? error.problem : { text: error.message, code: 'HTTP' };
  return t('casePage.failed', { text: problem.text, code: problem.code });
}
