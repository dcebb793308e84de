import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../auth/who';
import type { FileLine } from '../../forms/case-lists';
import { StepFormView } from '../../forms/step-form';
import { openingFor, useStep } from '../../forms/use-step';
import { dayOf } from '../case/dates';
import { FileUnavailable } from './file-unavailable';
import { useMyFile } from './my-file-reads';
import { REQUESTS, requestOfSlug, type Request } from './request-forms';

/** `/mijn-dossier/:caseId/<verklaring|correctie|vernietiging|klacht>`: a family member's own voice in the file. */
export function RequestPage() {
  const { t } = useTranslation();
  const { caseId = '', request: slug = '' } = useParams();
  const request = requestOfSlug(slug);
  if (!request) return <Heading1>{t('myFile.request.unknown')}</Heading1>;
  return (
    <>
      <Heading1>{t(`myFile.request.${request}.title`)}</Heading1>
      <Paragraph>{t(`myFile.request.${request}.intro`)}</Paragraph>
      <Paragraph>
        <Link to={`/mijn-dossier/${caseId}`} className="utrecht-link">
          {t('myFile.backToFile')}
        </Link>
      </Paragraph>
      <RequestForm key={`${caseId}/${request}`} caseId={caseId} request={request} />
    </>
  );
}

function RequestForm({ caseId, request }: { caseId: string; request: Request }) {
  const { t, i18n } = useTranslation();
  const me = useMe().data!;
  const [search] = useSearchParams();
  const file = useMyFile(caseId);
  const { form } = REQUESTS[request];
  const { send, pending } = useStep({
    form,
    caseId,
    confirmation: t('myFile.request.sent', { request: t(`myFile.request.${request}.title`) }),
    then: `/mijn-dossier/${caseId}`,
  });
  if (file.error) return <FileUnavailable error={file.error} />;
  if (!file.data) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  // The lines this person may point at are the lines they can read: those of their own file.
  const lines: FileLine[] = (file.data.happened ?? []).map((line) => ({
    eventNumber: line.eventNumber,
    words: `${dayOf(line.on.slice(0, 10), i18n.language)}: ${line.text}`,
  }));
  const about = search.get('over');
  const initial = about && lines.some((line) => String(line.eventNumber) === about) ? { aboutEventNumber: about } : undefined;
  const sendWords = { send: t('myFile.request.send'), sending: t('myFile.request.sending') };
  return (
    <StepFormView
      form={form}
      opening={openingFor(me)}
      lines={lines}
      initial={initial}
      sendWords={sendWords}
      pending={pending}
      send={send}
    />
  );
}
