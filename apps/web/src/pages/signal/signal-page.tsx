import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/who';
import { StepFormView } from '../../forms/step-form';
import { SIGNAL_FORM } from '../../forms/step-forms';
import { openingFor, useStep } from '../../forms/use-step';

/** `/melding`: register a signal; the form chooses the case's id, so sending it twice opens one case. */
export function SignalPage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const { send, pending } = useStep({ form: SIGNAL_FORM, confirmation: t('forms.done', { step: t('signal.title') }) });
  return (
    <>
      <Heading1>{t('signal.title')}</Heading1>
      <Paragraph>{t('signal.intro')}</Paragraph>
      <StepFormView form={SIGNAL_FORM} opening={openingFor(me)} pending={pending} send={send} />
    </>
  );
}
