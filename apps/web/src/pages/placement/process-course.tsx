import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/keys';
import { usePlaceName } from './place-name';
import type { Place, PlacementProcess } from './placement-reads';

/** Where the process stands, in one sentence. */
function useStanding() {
  const { t } = useTranslation();
  const nameOf = usePlaceName();
  return (process: PlacementProcess, places: ReadonlyMap<string, Place>): string => {
    const held = process.reservation;
    if (process.concluded) return t('placement.standing.concluded', { on: process.concluded.on });
    if (process.decision)
      return t('placement.standing.decided', { name: nameOf(process.decision.optionId, places.get(process.decision.optionId)) });
    if (held) {
      const name = nameOf(held.optionId, places.get(held.optionId));
      const until = new Date(held.expiresAt).toLocaleString(t('placement.locale'));
      return t(process.accepted ? 'placement.standing.accepted' : 'placement.standing.reserved', { name, until });
    }
    if (process.exhausted) return t('placement.standing.exhausted');
    return t('placement.standing.matching');
  };
}

/** The process's course, step by step as it recorded them: proposed, reserved, accepted, declined, chosen, decided. */
export function ProcessCourse({ process, places }: { process: PlacementProcess; places: ReadonlyMap<string, Place> }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePlaceName();
  const standing = useStanding();
  return (
    <>
      <Heading2>{t('placement.course')}</Heading2>
      <Paragraph role="status">{standing(process, places)}</Paragraph>
      <OrderedList className="casus-course">
        {process.history.map((event, index) => {
          const optionId = typeof event.data.optionId === 'string' ? event.data.optionId : undefined;
          const reason = typeof event.data.reason === 'string' ? event.data.reason : undefined;
          const known = i18n.exists(`placement.events.${event.type}`);
          return (
            <OrderedListItem key={index}>
              <time dateTime={event.recordedAt}>{new Date(event.recordedAt).toLocaleString(t('placement.locale'))}</time>{' '}
              {known ? t(`placement.events.${event.type}` as MessageKey) : event.type}
              {optionId && `: ${nameOf(optionId, places.get(optionId))}`}
              {reason && ` (${reason})`}
            </OrderedListItem>
          );
        })}
      </OrderedList>
    </>
  );
}
