import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { momentOf } from '../case/dates';
import { FileUnavailable } from './file-unavailable';
import type { AccessLogLine } from './my-file-answers';
import { useWhoLooked } from './my-file-reads';

/** `/mijn-dossier/:caseId/wie-keek`: every read of the file, in plain words: who, when, what and on what ground. */
export function WhoLookedPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const log = useWhoLooked(caseId);
  if (log.error) return <FileUnavailable error={log.error} />;
  return (
    <>
      <Heading1>{t('myFile.log.title')}</Heading1>
      <Paragraph>{t('myFile.log.intro')}</Paragraph>
      <Paragraph>
        <Link className="utrecht-link" to={`/mijn-dossier/${caseId}`}>
          {t('myFile.backToFile')}
        </Link>
      </Paragraph>
      {!log.data ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : (
        <>
          {!log.data.namesShown && <Paragraph>{t('myFile.log.noNames')}</Paragraph>}
          {log.data.lines.length === 0 ? (
            <Paragraph>{t('myFile.log.none')}</Paragraph>
          ) : (
            <ol className="casus-file-lines">
              {log.data.lines.toReversed().map((line, index) => (
                <Looked key={index} line={line} />
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}

function Looked({ line }: { line: AccessLogLine }) {
  const { t, i18n } = useTranslation();
  const who = [line.name, line.roleText, line.organisation].filter(Boolean).join(', ');
  return (
    <li className="casus-file-line">
      <DataList className="casus-file-facts">
        <DataListItem>
          <DataListKey>{t('myFile.log.when')}</DataListKey>
          <DataListValue>
            <time dateTime={line.at}>{momentOf(line.at, i18n.language)}</time>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myFile.log.who')}</DataListKey>
          <DataListValue>{who}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myFile.log.what')}</DataListKey>
          <DataListValue>{line.whatText}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myFile.log.ground')}</DataListKey>
          <DataListValue>{line.groundText}</DataListValue>
        </DataListItem>
      </DataList>
    </li>
  );
}
