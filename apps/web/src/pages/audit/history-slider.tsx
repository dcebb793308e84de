import { FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from './audit-answers';
import { readReplay } from './audit-reads';
import { CaseThenView } from './case-then';
import { momentIn } from './moments';
import { ProblemText } from './problem-text';

/** The case as it stood after any event of its history: one position of the slider per event, the newest first shown. */
export function HistorySlider({
  caseId,
  items,
  lineOf,
}: {
  caseId: string;
  items: readonly HistoryItem[];
  lineOf: (item: HistoryItem) => string;
}) {
  const { t, i18n } = useTranslation();
  const [revision, setRevision] = useState(items.length - 1);
  const replay = useQuery({
    queryKey: ['audit', 'replay', caseId, revision],
    queryFn: () => readReplay(caseId, revision),
    placeholderData: keepPreviousData,
  });
  const item = items[revision]!;
  const moment = `${momentIn(item.recordedAt, i18n.language)}: ${lineOf(item)}`;
  return (
    <section className="casus-audit-section" aria-labelledby="in-de-tijd">
      <Heading2 id="in-de-tijd">{t('audit.slider.title')}</Heading2>
      <FormField>
        <Paragraph className="utrecht-form-field__label">
          <FormLabel htmlFor="moment">{t('audit.slider.label')}</FormLabel>
        </Paragraph>
        <input
          id="moment"
          type="range"
          className="casus-slider"
          min={0}
          max={items.length - 1}
          step={1}
          value={revision}
          aria-valuetext={moment}
          aria-describedby="moment-nu"
          onChange={(event) => setRevision(Number(event.target.value))}
        />
        <Paragraph id="moment-nu" role="status">
          {t('audit.slider.at', { number: revision + 1, total: items.length, moment })}
        </Paragraph>
      </FormField>
      {replay.error ? (
        <ProblemText error={replay.error} />
      ) : replay.data ? (
        <div aria-busy={replay.isPlaceholderData}>
          <CaseThenView state={replay.data.state} deadlines={replay.data.deadlines} />
        </div>
      ) : (
        <Paragraph>{t('app.loading')}</Paragraph>
      )}
    </section>
  );
}
