import { Alert, ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Problem } from '../../api/problem';
import { useMe } from '../../auth/who';
import { FieldsetOf } from '../../forms/field-parts';
import type { Field } from '../../forms/field-spec';
import { FieldView } from '../../forms/field-view';
import { checkForm, placeRefusal, type Errors } from '../../forms/form-check';
import { bodyOf, initialState, withValue, type FormState, type FormValue, type Segment } from '../../forms/form-state';
import { REVISION_CONFLICT } from '../../forms/step-form';
import { openingFor } from '../../forms/use-step';
import { useInlineStep } from '../placement/inline-step';
import type { CaseView, Placement } from '../placement/placement-reads';
import { decisionFields, seatsOf, viewsOf, type Seat } from './decision-seats';

type Shown = Readonly<{ errors: Errors; problem?: Problem; unplaced: readonly string[]; turn: number }>;

/** RecordReturnDecision as one form: the decision, then one fieldset per participant, each in their own words. */
export function JointDecisionForm({ view, placement }: { view: CaseView; placement: Placement }) {
  const { t } = useTranslation();
  const me = useMe().data!;
  const opening = useMemo(() => openingFor(me), [me]);
  const seats = useMemo(() => seatsOf(view, placement), [view, placement]);
  const fields = useMemo(() => decisionFields(seats), [seats]);
  const [state, setState] = useState<FormState>(() => initialState(fields, opening));
  const [shown, setShown] = useState<Shown>({ errors: {}, unplaced: [], turn: 0 });
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const { send, pending, done } = useInlineStep((body) =>
    api.POST('/cases/{caseId}/record-return-decision', {
      params: { path: { caseId: view.case.caseId } },
      // Built from the fields as data (held to the schema by page-forms.unit.spec.ts); the API validates it again.
      body: body as never,
    }),
  );

  useEffect(() => {
    if (shown.turn === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? alertRef.current)?.focus();
  }, [shown.turn]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const turn = shown.turn + 1;
    const errors = checkForm(fields, state);
    if (Object.keys(errors).length > 0) return setShown({ errors, unplaced: [], turn });
    setShown({ errors: {}, unplaced: [], turn: shown.turn });
    const { views, ...decision } = bodyOf(fields, state);
    const body = {
      ...decision,
      placementId: placement.placementId,
      decisionId: opening.newId(),
      expectedRevision: view.revision,
      views: viewsOf(seats, views as Record<string, Record<string, unknown>>),
    };
    const problem = await send(body);
    setShown(problem ? { ...placeRefusal(problem, fields, state), turn } : { errors: {}, unplaced: [], turn: shown.turn });
  };
  const change = (path: readonly Segment[], value: FormValue) => setState((current) => withValue(current, path, value));
  const common = { errors: shown.errors, onChange: change, newItem: (inner: readonly Field[]) => initialState(inner, opening) };
  const problem = shown.problem;

  if (done) return <Paragraph role="status">{t('returnHome.recorded')}</Paragraph>;
  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="casus-form">
      {problem && (
        <Alert type="error" ref={alertRef} tabIndex={-1}>
          <Paragraph>
            <strong>{problem.code === REVISION_CONFLICT ? t('forms.conflict') : t('forms.refused')}</strong>
          </Paragraph>
          <Paragraph>{problem.code === REVISION_CONFLICT ? t('forms.conflictHelp') : problem.text}</Paragraph>
          {shown.unplaced.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
          <Paragraph>{t('forms.rule', { code: problem.code })}</Paragraph>
        </Alert>
      )}
      {fields.slice(0, -1).map((field) => (
        <FieldView key={field.name} {...common} field={field} path={[field.name]} value={state[field.name]} />
      ))}
      {seats.map((seat, index) => (
        <SeatFieldset key={index} seat={seat} index={index} value={(state.views as FormState)[String(index)] as FormState} {...common} />
      ))}
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={pending} aria-disabled={pending || undefined}>
          {pending ? t('forms.sending') : t('returnHome.send')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

type SeatProps = Readonly<{
  seat: Seat;
  index: number;
  value: FormState;
  errors: Errors;
  onChange: (path: readonly Segment[], value: FormValue) => void;
  newItem: (fields: readonly Field[]) => FormState;
}>;

/** One participant's fieldset, its legend naming who speaks. */
function SeatFieldset({ seat, index, value, ...common }: SeatProps) {
  const { t } = useTranslation();
  const path = ['views', String(index)];
  const { who } = seat;
  const legend =
    who.participant === 'child'
      ? t('returnHome.seat.child', { birthDate: who.birthDate })
      : who.participant === 'parent'
        ? t('returnHome.seat.parent', { name: who.name })
        : t(`returnHome.seat.${who.participant}`);
  const group: Field = { kind: 'group', name: String(index), fields: seat.fields };
  return (
    <FieldsetOf props={{ ...common, field: group, path, value }} legend={legend}>
      {seat.fields.map((field) => (
        <FieldView key={field.name} {...common} field={field} path={[...path, field.name]} value={value[field.name]} />
      ))}
    </FieldsetOf>
  );
}
