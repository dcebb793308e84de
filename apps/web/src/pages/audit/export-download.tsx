import { Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadExport } from './audit-reads';
import { ProblemText } from './problem-text';

/** The self-contained export (events and hash chain) that `casus verify --file` checks away from Casus. */
export function ExportDownload({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: () => downloadExport(caseId) });
  return (
    <section className="casus-audit-section" aria-labelledby="export">
      <Heading2 id="export">{t('audit.export.title')}</Heading2>
      <Paragraph>{t('audit.export.intro')}</Paragraph>
      <Paragraph>
        <SecondaryActionButton onClick={() => download.mutate()} aria-describedby="export-uitkomst" disabled={download.isPending}>
          {t('audit.export.download')}
        </SecondaryActionButton>
      </Paragraph>
      <div id="export-uitkomst" role="status">
        {download.error ? (
          <ProblemText error={download.error} />
        ) : download.data ? (
          <Paragraph>{t('audit.export.saved', { file: download.data })}</Paragraph>
        ) : null}
      </div>
    </section>
  );
}
