import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from './audit-answers';
import { readDecisionContext } from './audit-reads';
import { CaseThenView } from './case-then';
import { wordFor } from './codes';
import { momentIn } from './moments';
import { ProblemText } from './problem-text';

/** "What the decider knew": the case just before the decision, and what the decision rested on, recorded before it. */
export function DecisionContextView({ caseId, decision, line }: { caseId: string; decision: HistoryItem; line: string }) {
  const { t, i18n } = useTranslation();
  const context = useQuery({
    queryKey: ['audit', 'decision', caseId, decision.eventId],
    queryFn: () => readDecisionContext(caseId, decision.eventId),
  });
  const heading = useRef<HTMLHeadingElement>(null);
  // The auditor asked for this from the history's row: take them to it.
  useEffect(() => heading.current?.focus(), [decision.eventId]);
  return (
    <section className="casus-audit-section" aria-labelledby="beslisser">
      <Heading2 id="beslisser" ref={heading} tabIndex={-1}>
        {t('audit.decision.title', { line })}
      </Heading2>
      <Paragraph>
        {t('audit.decision.by', {
          moment: momentIn(decision.recordedAt, i18n.language),
          who: decision.actor.name ?? decision.actor.id ?? '–',
        })}
      </Paragraph>
      {context.error ? (
        <ProblemText error={context.error} />
      ) : !context.data ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : (
        <>
          <Heading3>{t('audit.decision.before')}</Heading3>
          <CaseThenView state={context.data.stateBefore} deadlines={context.data.deadlinesBefore} />
          <Heading3>{t('audit.decision.inputs')}</Heading3>
          {context.data.inputs.length === 0 ? (
            <Paragraph>{t('audit.decision.noInputs')}</Paragraph>
          ) : (
            <UnorderedList>
              {context.data.inputs.map((input) => (
                <UnorderedListItem key={input.eventId}>
                  {momentIn(input.recordedAt, i18n.language)}: {inputLine(t, input)}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
    </section>
  );
}

type Ranked = { ranked?: readonly unknown[]; excluded?: readonly unknown[] };

function inputLine(t: Parameters<typeof wordFor>[0], input: HistoryItem): string {
  const what = wordFor(t, 'audit.input', input.type);
  if (input.type !== 'PlacementCandidatesProposed') return what;
  const { ranked = [], excluded = [] } = input.data as Ranked;
  return t('audit.decision.candidates', { what, ranked: ranked.length, excluded: excluded.length });
}
