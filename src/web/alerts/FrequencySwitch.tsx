/** Daily / weekly / off, as one segmented control. */
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALERT_FREQUENCIES } from '../../domain/alerts/vocab';
import type { AlertFrequency } from '../api/alerts';

export function FrequencySwitch(props: { value: AlertFrequency; onChange: (value: AlertFrequency) => void; label: string; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Segmented
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      onChange={(value) => props.onChange(value as AlertFrequency)}
      options={ALERT_FREQUENCIES.map((f) => ({ value: f, label: t(`alerts.frequency.${f}`) }))}
    />
  );
}
