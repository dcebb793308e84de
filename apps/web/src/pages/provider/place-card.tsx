import { DataList, DataListItem, DataListKey, DataListValue, Heading3 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useMe } from '../../auth/who';
import { StepFormView } from '../../forms/step-form';
import { openingFor } from '../../forms/use-step';
import type { MessageKey } from '../../i18n/keys';
import type { Say } from '../placement/announcer';
import { useInlineStep } from '../placement/inline-step';
import { InlineForm } from '../placement/one-form';
import { usePlaceName } from '../placement/place-name';
import type { Place } from '../placement/placement-reads';
import { StepButton } from '../placement/step-button';
import { CAPACITY_FORM, PAUSE_FORM } from '../placement/page-forms';

/** One of the provider's own places: its capacity and what holds it, pause or resume, and a new capacity. */
export function PlaceCard({ place, say }: { place: Place; say: Say }) {
  const { t } = useTranslation();
  const me = useMe().data!;
  const nameOf = usePlaceName();
  const optionId = place.optionId;
  const name = nameOf(optionId, place);
  const path = { params: { path: { optionId } } };
  const pause = useInlineStep(
    (body) => api.POST('/placement-options/{optionId}/pause', { ...path, body: { reason: String(body.reason) } }),
    (answer) => say(t('provider.paused'), answer),
  );
  const capacity = useInlineStep(
    (body) =>
      api.POST('/placement-options/{optionId}/change-capacity', {
        ...path,
        body: { capacity: Number(body.capacity), reason: String(body.reason) },
      }),
    (answer) => say(t('provider.capacityChanged'), answer),
  );
  const figures = [
    ['optionId', optionId],
    ['status', t(`provider.status.${place.status}` as MessageKey)],
    ['capacity', place.capacity],
    ['reserved', place.reserved],
    ['occupied', place.occupied],
    ['free', place.free],
  ] as const;
  return (
    <li className="casus-place">
      <Heading3>{name}</Heading3>
      <DataList className="casus-figures">
        {figures.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{t(`provider.figures.${key}`)}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {place.status === 'paused' ? (
        <StepButton
          label={t('provider.resume')}
          done={t('provider.resumed')}
          post={() => api.POST('/placement-options/{optionId}/resume', path)}
          say={say}
        />
      ) : (
        place.status === 'active' && (
          <InlineForm formKey={`pause/${optionId}`} summary={t('provider.pause')} label={`${t('provider.pause')}: ${name}`}>
            <StepFormView form={PAUSE_FORM} opening={openingFor(me)} pending={pause.pending} send={pause.send} />
          </InlineForm>
        )
      )}
      {place.status !== 'withdrawn' && (
        <InlineForm
          formKey={`capacity/${optionId}`}
          summary={t('provider.changeCapacity')}
          label={`${t('provider.changeCapacity')}: ${name}`}
        >
          <StepFormView form={CAPACITY_FORM} opening={openingFor(me)} pending={capacity.pending} send={capacity.send} />
        </InlineForm>
      )}
    </li>
  );
}
