import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useMe } from '../../auth/who';
import { StepFormView } from '../../forms/step-form';
import { openingFor } from '../../forms/use-step';
import { useInlineStep } from './inline-step';
import { InlineForm } from './one-form';
import { CHOOSE_FORM } from './page-forms';

type Props = Readonly<{ placementId: string; optionId: string; name: string; say: (words: string) => void }>;

/** "Kies deze plek": the process releases the place it holds and reserves this one; the reason goes on record. */
export function ChoosePlace({ placementId, optionId, name, say }: Props) {
  const { t } = useTranslation();
  const me = useMe().data!;
  const { send, pending } = useInlineStep(
    (body) =>
      api.POST('/placements/{placementId}/choose', { params: { path: { placementId } }, body: { optionId, reason: String(body.reason) } }),
    () => say(t('placement.chosen', { name })),
  );
  return (
    <InlineForm formKey={`choose/${placementId}/${optionId}`} summary={t('placement.choose')} label={t('placement.chooseThis', { name })}>
      <StepFormView form={CHOOSE_FORM} opening={openingFor(me)} pending={pending} send={send} />
    </InlineForm>
  );
}
