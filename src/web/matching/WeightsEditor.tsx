/**
 * The weights of the hybrid score, one slider and number per signal, with each signal's default and its
 * share of the total (only ratios matter). Used by platform admins and by event organisers.
 */
import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, InputNumber, Slider, Tooltip } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNALS } from '../../domain/matching/weights';
import type { Signal, Weights } from '../api/matching';
import { useFormat } from '../i18n/format';
import { useMatchingLabels, usePercent } from './labels';
import './matching.css';

const MAX_WEIGHT = 10;

function WeightRow({ signal, value, fallback, share, onChange }: { signal: Signal; value: number; fallback: number | null; share: number; onChange: (v: number) => void }) {
  const { t } = useTranslation();
  const labels = useMatchingLabels();
  const percent = usePercent();
  const fmt = useFormat();
  return (
    <div className="weight-row" data-signal={signal}>
      <span className="weight-name">
        {labels.signal(signal)}{' '}
        <Tooltip title={labels.signalHint(signal)}>
          <InfoCircleOutlined aria-label={labels.signalHint(signal)} className="muted" />
        </Tooltip>
      </span>
      <Slider className="weight-slider" min={0} max={1} step={0.01} value={Math.min(value, 1)} onChange={onChange} aria-label={labels.signal(signal)} tooltip={{ open: false }} />
      <InputNumber className="weight-input" min={0} max={MAX_WEIGHT} step={0.05} value={value} onChange={(v) => onChange(v ?? 0)} aria-label={t('matching.weights.valueOf', { signal: labels.signal(signal) })} />
      <span className="weight-meta muted">
        {t('matching.weights.share', { share: percent(share) })}
        {fallback !== null && <> · {t('matching.weights.default', { value: fmt.number(fallback) })}</>}
      </span>
    </div>
  );
}

/** Give the editor this as its key: it starts over when the saved weights change (not on every refetch). */
export const weightsKey = (w: Weights) => SIGNALS.map((s) => w[s]).join(',');

export interface WeightsEditorProps {
  value: Weights;
  /** The defaults, shown per signal and restored by "reset" (none: no reset). */
  defaults?: Weights;
  saving: boolean;
  onSave: (weights: Weights) => void;
  /** More buttons beside Save (an event's "use the platform's weights"). */
  extra?: ReactNode;
}

export function WeightsEditor({ value, defaults, saving, onSave, extra }: WeightsEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Weights>(value);
  const total = SIGNALS.reduce((sum, s) => sum + draft[s], 0);
  const changed = SIGNALS.some((s) => draft[s] !== value[s]);
  const isDefault = !defaults || SIGNALS.every((s) => draft[s] === defaults[s]);
  return (
    <div className="weights-editor">
      {SIGNALS.map((s) => (
        <WeightRow key={s} signal={s} value={draft[s]} fallback={defaults ? defaults[s] : null} share={total > 0 ? draft[s] / total : 0} onChange={(v) => setDraft({ ...draft, [s]: v })} />
      ))}
      {total === 0 && <Alert type="error" showIcon title={t('matching.weights.allZero')} style={{ marginTop: 8 }} />}
      <Flex gap={8} wrap style={{ marginTop: 12 }}>
        <Button type="primary" onClick={() => onSave(draft)} disabled={!changed || total === 0} loading={saving}>
          {t('matching.weights.save')}
        </Button>
        {defaults && (
          <Button onClick={() => setDraft(defaults)} disabled={isDefault}>
            {t('matching.weights.reset')}
          </Button>
        )}
        {extra}
      </Flex>
    </div>
  );
}
