// The reasons behind a score: requirements met, then each part with its points, so the counselor
// can read why someone ranks where they do. Presentational only.
import { useTranslation } from 'react-i18next';
import type { Miss, RankedMatch } from '../../shared/matching/types';
import { useReasonText } from './useReasonText';
import { formatDecimal, formatSigned } from '../../shared/text/numbers';

/** Requirement sentences stand alone (part sentences follow their label): start them upper case. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function MatchReasons({ match }: { match: RankedMatch }) {
  const { t, i18n } = useTranslation();
  const text = useReasonText();
  return (
    <ul className="match-reasons">
      {match.met.map((reason, index) => (
        <li key={`met-${index}`} className="match-met">
          {sentence(text(reason))}
        </li>
      ))}
      {match.parts.map((part) => (
        <li key={part.kind} className={part.points > 0 ? 'match-plus' : part.points < 0 ? 'match-minus' : 'match-zero'}>
          <span className="match-part">{t(`matching.part.${part.kind}`)}:</span> {text(part.reason)}{' '}
          <span className="match-points" aria-label={t('matching.points', { points: formatSigned(part.points, i18n.language) })}>
            {formatSigned(part.points, i18n.language)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function MissList({ misses }: { misses: readonly Miss[] }) {
  const { t } = useTranslation();
  const text = useReasonText();
  return (
    <ul className="match-reasons" aria-label={t('matching.offer.misses')}>
      {misses.map((miss, index) => (
        <li key={index} className="match-miss">
          {sentence(text(miss.reason))}
        </li>
      ))}
    </ul>
  );
}

export function Score({ score }: { score: number }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="match-score" title={t('matching.score')} aria-label={t('matching.scoreLabel', { score: formatDecimal(score, i18n.language) })}>
      {formatDecimal(score, i18n.language)}
    </span>
  );
}
