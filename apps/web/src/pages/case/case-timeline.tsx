import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../auth/who';
import { nl } from '../../i18n/nl';
import type { TimelineStep } from './case-types';
import { momentOf } from './dates';

const isRole = (role: string): role is Role => Object.hasOwn(nl.roles, role);

/** The case's story, newest first as a file is read: each step in the API's words, when, by whom, and why. */
export function CaseTimeline({ steps }: { steps: readonly TimelineStep[] }) {
  const { t, i18n } = useTranslation();
  // Steps by the system (a timer, a migration) name no role of a person.
  const roleWord = (role: string) => (isRole(role) ? t(`roles.${role}`) : role);
  if (steps.length === 0) return <Paragraph>{t('casePage.noTimeline')}</Paragraph>;
  return (
    <ol className="casus-timeline" reversed>
      {steps.toReversed().map((step) => (
        <li key={step.eventId} className="casus-timeline-step">
          <Paragraph>
            <time dateTime={step.at}>{momentOf(step.at, i18n.language)}</time>
          </Paragraph>
          <Paragraph>{step.summary}</Paragraph>
          <Paragraph className="casus-timeline-meta">
            {t('casePage.by', {
              who: [step.by.role && roleWord(step.by.role), step.by.team ?? step.by.organisation].filter(Boolean).join(', '),
            })}
            {step.why ? ` · ${t('casePage.why', { why: step.why })}` : ''}
          </Paragraph>
        </li>
      ))}
    </ol>
  );
}
