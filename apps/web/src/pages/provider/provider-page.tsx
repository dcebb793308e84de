import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/problem';
import { useMe } from '../../auth/who';
import { useAnnouncer } from '../placement/announcer';
import { OneFormAtATime } from '../placement/one-form';
import { usePlaces } from '../placement/placement-reads';
import { HeldItem } from './held-item';
import { PlaceCard } from './place-card';
import { useHeldPlaces } from './provider-reads';

/** `/aanbieder`: the provider's own places with their capacity, and the reservations on them to answer. */
export function ProviderPage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const { line, say, written } = useAnnouncer();
  const places = usePlaces(written);
  const held = useHeldPlaces(written);
  const failed = places.error ?? held.error;
  if (failed)
    return (
      <>
        <Heading1>{t('provider.title')}</Heading1>
        <Paragraph role="status">{failed instanceof ProblemError ? failed.problem.text : t('placement.unreadable')}</Paragraph>
      </>
    );
  // The places it sees in full are its own: another provider's come without capacity.
  const own = [...(places.data?.values() ?? [])].filter((place) => place.provider === me.organisation && place.capacity !== undefined);
  return (
    <OneFormAtATime>
      <Heading1>{t('provider.title')}</Heading1>
      <Paragraph>{t('provider.intro', { organisation: me.organisation })}</Paragraph>
      {line}
      <Heading2>{t('provider.held')}</Heading2>
      {!held.data ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : held.data.length === 0 ? (
        <Paragraph>{t('provider.noneHeld')}</Paragraph>
      ) : (
        <ul className="casus-cards">
          {held.data.map((item) => (
            <HeldItem key={`${item.optionId}/${item.placementId}`} held={item} place={places.data?.get(item.optionId)} say={say} />
          ))}
        </ul>
      )}
      <Heading2>{t('provider.places')}</Heading2>
      {!places.data ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : own.length === 0 ? (
        <Paragraph>{t('provider.noPlaces')}</Paragraph>
      ) : (
        <ul className="casus-cards">
          {own.map((place) => (
            <PlaceCard key={place.optionId} place={place} say={say} />
          ))}
        </ul>
      )}
    </OneFormAtATime>
  );
}
