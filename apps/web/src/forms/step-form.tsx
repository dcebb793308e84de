import { Alert, Button, ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../api/problem';
import type { CaseForForms, FileLine } from './case-lists';
import type { Field, StepForm } from './field-spec';
import { FieldView } from './field-view';
import { checkForm, placeRefusal, type Errors } from './form-check';
import { bodyOf, initialState, withValue, type FormState, type Opening } from './form-state';

export const REVISION_CONFLICT = 'CASE.REVISION_CONFLICT';

type Props = Readonly<{
  form: StepForm;
  opening: Opening;
  view?: CaseForForms;
  /** The lines of the file an `event` field offers. */
  lines?: readonly FileLine[];
  /** Values the form opens with besides its own (the line of the file a person came from). */
  initial?: Readonly<FormState>;
  /** The button's words, when not "Vastleggen" (a family member sends a request, they record nothing). */
  sendWords?: Readonly<{ send: string; sending: string }>;
  pending: boolean;
  /** Sends the body; a refusal comes back to be shown where it belongs. */
  send: (body: Record<string, unknown>) => Promise<Problem | undefined>;
  /** Reads the case again after a conflict; what was filled in stays. */
  reload?: () => void;
}>;

type Shown = Readonly<{ errors: Errors; problem?: Problem; unplaced: readonly string[]; turn: number }>;

/** A step as a form: the professional fills it in, the API decides, and a refusal stands next to what caused it. */
export function StepFormView({ form, opening, view, lines, initial, sendWords, pending, send, reload }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => ({ ...initialState(form.fields, opening), ...initial }));
  const [shown, setShown] = useState<Shown>({ errors: {}, unplaced: [], turn: 0 });
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // After a refused submit the focus goes to the first field in error, else to the refusal itself.
  useEffect(() => {
    if (shown.turn === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? alertRef.current)?.focus();
  }, [shown.turn]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const turn = shown.turn + 1;
    const errors = checkForm(form.fields, state);
    if (Object.keys(errors).length > 0) return setShown({ errors, unplaced: [], turn });
    setShown({ errors: {}, unplaced: [], turn: shown.turn });
    const problem = await send(bodyOf(form.fields, state));
    if (problem) setShown({ ...placeRefusal(problem, form.fields, state), turn });
  };
  const newItem = (fields: readonly Field[]) => initialState(fields, opening);
  const problem = shown.problem;
  const conflict = problem?.code === REVISION_CONFLICT;

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="casus-form">
      {problem && (
        <Alert type="error" ref={alertRef} tabIndex={-1}>
          <Paragraph>
            <strong>{conflict ? t('forms.conflict') : t('forms.refused')}</strong>
          </Paragraph>
          <Paragraph>{conflict ? t('forms.conflictHelp') : problem.text}</Paragraph>
          {shown.unplaced.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
          <Paragraph>{t('forms.rule', { code: problem.code })}</Paragraph>
          {conflict && reload && (
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setShown({ errors: {}, unplaced: [], turn: shown.turn });
                reload();
              }}
            >
              {t('forms.reload')}
            </Button>
          )}
        </Alert>
      )}
      {form.fields.map((field) => (
        <FieldView
          key={field.name}
          field={field}
          path={[field.name]}
          value={state[field.name]}
          errors={shown.errors}
          onChange={(path, value) => setState((current) => withValue(current, path, value))}
          newItem={newItem}
          view={view}
          lines={lines}
        />
      ))}
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={pending} aria-disabled={pending || undefined}>
          {pending ? (sendWords?.sending ?? t('forms.sending')) : (sendWords?.send ?? t('forms.send'))}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
