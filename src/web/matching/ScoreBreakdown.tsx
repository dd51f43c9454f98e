/**
 * The score and what it is made of: one small bar per signal (its value 0..1), with the weight it had and
 * how many points of the score it brought. Signals that do not apply to the pair are listed as such.
 */
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchSignal } from '../api/matching';
import { useFormat } from '../i18n/format';
import { useListJoin, useMatchingLabels, usePercent } from './labels';

export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const tone = score >= 0.5 ? 'high' : score >= 0.3 ? 'mid' : 'low';
  return (
    <div className={`match-score match-score-${tone}`}>
      <span className="match-score-value">{percent(score)}</span> <span className="match-score-caption">{t('matching.item.score')}</span>
    </div>
  );
}

export function ScoreBreakdown({ breakdown }: { breakdown: readonly MatchSignal[] }) {
  const { t } = useTranslation();
  const labels = useMatchingLabels();
  const percent = usePercent();
  const fmt = useFormat();
  const join = useListJoin();
  const applied = breakdown.filter((b) => b.value !== null && b.weight > 0);
  const other = breakdown.filter((b) => b.value === null || b.weight <= 0);
  return (
    <div className="match-breakdown">
      <div className="match-breakdown-title">{t('matching.item.breakdown')}</div>
      <ul className="match-signals">
        {applied.map((b) => (
          <li key={b.signal} className="match-signal">
            <Tooltip title={labels.signalHint(b.signal)}>
              <span className="match-signal-name">{labels.signal(b.signal)}</span>
            </Tooltip>
            <span
              className="match-bar"
              role="meter"
              aria-label={labels.signal(b.signal)}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round((b.value ?? 0) * 100)}
              aria-valuetext={percent(b.value ?? 0)}
            >
              <span className={`match-bar-fill match-bar-${b.signal}`} style={{ width: `${Math.round((b.value ?? 0) * 100)}%` }} />
            </span>
            <Tooltip title={t('matching.item.weightHint', { weight: fmt.number(b.weight), points: percent(b.contribution ?? 0) })}>
              <span className="match-signal-value">{percent(b.value ?? 0)}</span>
            </Tooltip>
          </li>
        ))}
      </ul>
      {other.length > 0 && (
        <div className="muted match-signals-other">
          {t('matching.item.notApplicable', { signals: join(other.map((b) => labels.signal(b.signal))) })}
        </div>
      )}
    </div>
  );
}
