import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/keys';
import type { CriterionScore } from './placement-reads';

/** One bar: the share as a <meter> with its label, and the figure beside it as text, so no meaning rests on colour or length. */
function ScoreBar({ label, value, figure }: { label: string; value: number; figure: string }) {
  const id = useId();
  return (
    <div className="casus-score">
      <label htmlFor={id} className="casus-score__label">
        {label}
      </label>
      <meter id={id} min={0} max={1} value={value} className="casus-score__bar">
        {figure}
      </meter>
      <span className="casus-score__figure">{figure}</span>
    </div>
  );
}

/** What was measured, in the app's words: km, yes or no, a family form, a count. */
function useMeasured() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return ({ criterion, raw }: CriterionScore): string => {
    if (typeof raw === 'boolean') return t(raw ? 'placement.yes' : 'placement.no');
    if (typeof raw === 'number') {
      if (criterion.startsWith('distance')) return t('placement.km', { km: number.format(raw) });
      return criterion === 'specialisations' ? t('placement.offered', { number: number.format(raw) }) : number.format(raw);
    }
    const words = [`placement.kinds.${raw}`, `placement.measured.${raw}`].find((key) => i18n.exists(key));
    return words ? t(words as MessageKey) : raw;
  };
}

/** A candidate's score and each criterion's part of it: weight, what it earned, what was measured. */
export function ScoreBars({ score, criteria }: { score: number; criteria: readonly CriterionScore[] }) {
  const { t, i18n } = useTranslation();
  const measured = useMeasured();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <div className="casus-scores">
      <ScoreBar label={t('placement.total')} value={score} figure={t('placement.percent', { percent: Math.round(score * 100) })} />
      <ul className="casus-scores__list">
        {criteria.map((criterion) => (
          <li key={criterion.criterion}>
            <ScoreBar
              label={`${t(`placement.criteria.${criterion.criterion}` as MessageKey)}: ${measured(criterion)}`}
              value={criterion.value}
              figure={t('placement.points', { earned: number.format(criterion.contribution), weight: criterion.weight })}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
