import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';

/** A refusal in the API's own words, with the rule's code; anything else as a failure to reach Casus. */
export function ProblemText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = error instanceof ProblemError ? error.problem : undefined;
  return (
    <Alert type="error">
      <Paragraph>{problem ? t('audit.problem', { text: problem.text, code: problem.code }) : t('audit.unreachable')}</Paragraph>
    </Alert>
  );
}
