import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayOf } from '../case/dates';
import type { HappenedLine, MyFile } from './my-file-answers';
import { requestPath } from './request-forms';

/**
 * The file as the family may read it, in the API's own words: the page and its printed copy show the same answer, so
 * what the API leaves out of it (a marked part, a place, a withheld part's content) is in neither.
 */
export function FileSections({ file, copy = false }: { file: MyFile; copy?: boolean }) {
  const { t, i18n } = useTranslation();
  // A day or a moment of the API: its calendar day is what the file shows.
  const day = (date: string) => dayOf(date.slice(0, 10), i18n.language);
  return (
    <>
      <FilePart id="wie-helpt" title={t('myFile.file.contact')}>
        <DataList className="casus-file-facts">
          <Fact label={t('myFile.file.team')}>{file.contact.team}</Fact>
          <Fact label={t('myFile.file.organisation')}>{file.contact.organisation}</Fact>
          <Fact label={t('myFile.file.lead')}>{file.contact.lead?.name ?? t('myFile.file.noLead')}</Fact>
          <Fact label={t('myFile.file.phase')}>{file.phaseText}</Fact>
        </DataList>
      </FilePart>
      {file.information && (
        <FilePart id="informatie" title={t('myFile.file.information')}>
          <Lines none={t('myFile.file.noInformation')}>
            {file.information.map((line, index) => (
              <li key={index} className="casus-file-line">
                <Paragraph>
                  <time dateTime={line.on}>{day(line.on)}</time>
                </Paragraph>
                <Paragraph>{line.text}</Paragraph>
              </li>
            ))}
          </Lines>
        </FilePart>
      )}
      {file.next && (
        <FilePart id="wat-komt" title={t('myFile.file.next')}>
          <Lines none={t('myFile.file.noNext')}>
            {file.next.map((line, index) => (
              <li key={index} className="casus-file-line">
                <Paragraph>{t('myFile.file.nextLine', { text: line.text, on: day(line.dueOn) })}</Paragraph>
              </li>
            ))}
          </Lines>
        </FilePart>
      )}
      {file.happened && (
        <FilePart id="wat-gebeurde" title={t('myFile.file.happened')}>
          <Lines none={t('myFile.file.noHappened')}>
            {file.happened.toReversed().map((line) => (
              <Happened key={line.eventNumber} caseId={file.caseId} line={line} copy={copy} />
            ))}
          </Lines>
        </FilePart>
      )}
      {file.withheld && (
        <FilePart id="niet-getoond" title={t('myFile.file.withheld')}>
          <Lines none={t('myFile.file.noWithheld')}>
            {file.withheld.map((line, index) => (
              <li key={index} className="casus-file-line">
                <Paragraph>
                  <time dateTime={line.on}>{day(line.on)}</time>
                </Paragraph>
                <Paragraph>{line.text}</Paragraph>
                <Paragraph>{t('myFile.file.withheldWhy', { ground: line.groundText, reason: line.reason })}</Paragraph>
              </li>
            ))}
          </Lines>
        </FilePart>
      )}
    </>
  );
}

function Happened({ caseId, line, copy }: { caseId: string; line: HappenedLine; copy: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="casus-file-line">
      <Paragraph>
        <time dateTime={line.on}>{dayOf(line.on.slice(0, 10), i18n.language)}</time>
      </Paragraph>
      <Paragraph>{line.text}</Paragraph>
      <Paragraph className="casus-file-meta">
        {t('myFile.file.by', { who: [line.by.roleText, line.by.organisation].filter(Boolean).join(', ') })}
      </Paragraph>
      {line.why && <Paragraph>{t('myFile.file.why', { why: line.why })}</Paragraph>}
      {line.ownWords && line.ownWords.length > 0 && (
        <ul className="casus-own-words">
          {line.ownWords.map((words, index) => (
            <li key={index}>
              {t('myFile.file.ownWords', { who: words.whoText, words: words.words })}
              {words.preference ? ` ${t('myFile.file.preference', { preference: words.preference })}` : ''}
            </li>
          ))}
        </ul>
      )}
      {!copy && (
        <Paragraph className="casus-no-print">
          <Link className="utrecht-link" to={`${requestPath(caseId, 'correction')}?over=${line.eventNumber}`}>
            {t('myFile.file.notRight')}
          </Link>
        </Paragraph>
      )}
    </li>
  );
}

function FilePart({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="casus-section casus-file-part">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

function Lines({ none, children }: { none: string; children: ReactNode[] }) {
  return children.length === 0 ? <Paragraph>{none}</Paragraph> : <ol className="casus-file-lines">{children}</ol>;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
