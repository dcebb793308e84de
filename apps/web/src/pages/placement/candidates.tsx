import { Heading2, Heading3, Paragraph, StatusBadge, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/keys';
import { ChoosePlace } from './choose-place';
import { usePlaceName } from './place-name';
import type { Place, PlacementProcess } from './placement-reads';
import { ScoreBars } from './score-bars';

type Props = Readonly<{ process: PlacementProcess; places: ReadonlyMap<string, Place>; say: (words: string) => void }>;

/** The proposal as a picture: the ranked places best first, each with its score bars, and the places kept out, with why. */
export function Candidates({ process, places, say }: Props) {
  const { t } = useTranslation();
  const nameOf = usePlaceName();
  const proposal = process.proposal;
  if (!proposal) return <Paragraph role="status">{t(process.exhausted ? 'placement.noCandidates' : 'placement.matching')}</Paragraph>;
  const held = process.reservation?.optionId;
  return (
    <>
      <Heading2>{t('placement.ranked')}</Heading2>
      <Paragraph>{t('placement.rankedIntro', { config: proposal.configVersion })}</Paragraph>
      <ol className="casus-candidates">
        {proposal.ranked.map((candidate, index) => {
          const name = nameOf(candidate.optionId, places.get(candidate.optionId));
          return (
            <li key={candidate.optionId} className="casus-candidate">
              <Heading3>{t('placement.rank', { rank: index + 1, name })}</Heading3>
              {candidate.optionId === held && (
                <StatusBadge status="reserved">
                  {t(process.accepted?.optionId === held ? 'placement.reservedAccepted' : 'placement.reserved')}
                </StatusBadge>
              )}
              <ScoreBars score={candidate.score} criteria={candidate.criteria} />
              {candidate.optionId !== held && !process.decision && (
                <ChoosePlace placementId={process.placementId!} optionId={candidate.optionId} name={name} say={say} />
              )}
            </li>
          );
        })}
      </ol>
      <Heading2>{t('placement.excluded')}</Heading2>
      {proposal.excluded.length === 0 ? (
        <Paragraph>{t('placement.noneExcluded')}</Paragraph>
      ) : (
        <UnorderedList className="casus-excluded">
          {proposal.excluded.map((excluded) => (
            <UnorderedListItem key={excluded.optionId}>
              <strong>{nameOf(excluded.optionId, places.get(excluded.optionId))}</strong>
              <UnorderedList>
                {excluded.reasons.map((reason) => (
                  <UnorderedListItem key={reason.code}>
                    {t(`placement.exclusions.${reason.code}` as MessageKey)} <span lang="en">({reason.message})</span>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
