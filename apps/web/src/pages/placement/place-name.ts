import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/keys';
import type { Place } from './placement-reads';

/** A place as people name it: its family form, provider and municipality; its id when this reader does not see it. */
export function usePlaceName() {
  const { t } = useTranslation();
  return (optionId: string, place: Place | undefined): string =>
    place
      ? t('placement.placeName', {
          kind: t(`placement.kinds.${place.kind}` as MessageKey),
          provider: place.provider,
          municipality: place.municipality,
        })
      : t('placement.unknownPlace', { optionId });
}
