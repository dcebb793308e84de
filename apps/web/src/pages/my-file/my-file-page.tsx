import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StepConfirmation } from '../../forms/step-confirmation';
import { FileSections } from './file-sections';
import { FileUnavailable } from './file-unavailable';
import { useMyFile } from './my-file-reads';
import { REQUESTS, requestPath, type Request } from './request-forms';

/**
 * `/mijn-dossier/:caseId`: the file as this family member may see it. What they may see, and may ask, is the API's
 * business: the page shows its answer, and a request it refuses comes back with its reason on the request's form.
 */
export function MyFilePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const file = useMyFile(caseId);
  if (file.error) return <FileUnavailable error={file.error} />;
  if (!file.data) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  return (
    <>
      <Heading1>{t('myFile.file.title')}</Heading1>
      <StepConfirmation />
      <Paragraph className="casus-file-right">{file.data.you.rightText}</Paragraph>
      <nav aria-label={t('myFile.file.more')} className="casus-file-links">
        <Link className="utrecht-link" to={`/mijn-dossier/${caseId}/kopie`}>
          {t('myFile.file.printCopy')}
        </Link>
        <Link className="utrecht-link" to={`/mijn-dossier/${caseId}/wie-keek`}>
          {t('myFile.file.whoLooked')}
        </Link>
      </nav>
      <div className="casus-file">
        <FileSections file={file.data} />
        <section aria-labelledby="uw-stem" className="casus-section">
          <Heading2 id="uw-stem">{t('myFile.file.voice')}</Heading2>
          <Paragraph>{t('myFile.file.voiceIntro')}</Paragraph>
          <UnorderedList>
            {(Object.keys(REQUESTS) as Request[]).map((request) => (
              <UnorderedListItem key={request}>
                <Link className="utrecht-link" to={requestPath(caseId, request)}>
                  {t(`myFile.request.${request}.title`)}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      </div>
    </>
  );
}
