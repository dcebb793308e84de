import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useLocation } from 'react-router';
import type { StepDone } from './use-step';

/** The confirmation of the step just taken, for the page the form went to (the case page shows it at its top). */
export function StepConfirmation() {
  const done = useLocation().state as StepDone | null;
  if (!done?.confirmation) return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>{done.confirmation}</Paragraph>
    </Alert>
  );
}
