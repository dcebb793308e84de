import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemError } from '../../api/problem';

/** A file this person may not read looks exactly like one that does not exist (the API answers both alike): never more. */
export function FileUnavailable({ error }: { error: Error }) {
  const { t } = useTranslation();
  const problem = error instanceof ProblemError ? error.problem : null;
  const refused = problem?.status === 404 || problem?.status === 403;
  return (
    <>
      <Heading1>{t('myFile.file.unavailableTitle')}</Heading1>
      <Paragraph role="alert">
        {refused
          ? t('myFile.file.unavailable')
          : t('casePage.failed', { text: problem?.text ?? error.message, code: problem?.code ?? 'HTTP' })}
      </Paragraph>
      <Paragraph>
        <Link className="utrecht-link" to="/mijn-dossier">
          {t('myFile.backToFiles')}
        </Link>
      </Paragraph>
    </>
  );
}
