import { Alert, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/problem';
import type { Say } from './announcer';
import { useInlineStep } from './inline-step';

type Answer = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** A step without fields (accept, resume): one button, the API's refusal beside it with the rule; what was done goes to `say`. */
export function StepButton({ label, done, post, say }: { label: string; done: string; post: () => Answer; say: Say }) {
  const { t } = useTranslation();
  const { send, pending } = useInlineStep(
    () => post(),
    (answer) => say(done, answer),
  );
  const [problem, setProblem] = useState<Problem>();
  return (
    <div className="casus-step-button">
      <SecondaryActionButton disabled={pending} onClick={() => void send().then(setProblem)}>
        {label}
      </SecondaryActionButton>
      {problem && (
        <Alert type="error">
          <Paragraph>{problem.text}</Paragraph>
          <Paragraph>{t('forms.rule', { code: problem.code })}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
