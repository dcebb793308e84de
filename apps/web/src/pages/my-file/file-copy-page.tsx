import { ButtonGroup, Heading1, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { momentOf } from '../case/dates';
import { FileSections } from './file-sections';
import { FileUnavailable } from './file-unavailable';
import { useMyFile } from './my-file-reads';

/**
 * `/mijn-dossier/:caseId/kopie`: the copy of the file to print or save, from the very answer the file page shows, so the
 * export carries exactly what the person may see and nothing else. The print style leaves the app's frame off.
 */
export function FileCopyPage() {
  const { caseId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const file = useMyFile(caseId);
  if (file.error) return <FileUnavailable error={file.error} />;
  if (!file.data) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  return (
    <article className="casus-file-copy" aria-labelledby="kopie">
      <Heading1 id="kopie">{t('myFile.copy.title')}</Heading1>
      <Paragraph>{t('myFile.copy.made', { at: momentOf(new Date().toISOString(), i18n.language) })}</Paragraph>
      <Paragraph>{file.data.you.rightText}</Paragraph>
      <div className="casus-no-print">
        <ButtonGroup>
          <PrimaryActionButton onClick={() => window.print()}>{t('myFile.copy.print')}</PrimaryActionButton>
        </ButtonGroup>
        <Paragraph>
          <Link className="utrecht-link" to={`/mijn-dossier/${caseId}`}>
            {t('myFile.backToFile')}
          </Link>
        </Paragraph>
      </div>
      <FileSections file={file.data} copy />
    </article>
  );
}
