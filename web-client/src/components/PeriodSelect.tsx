import { useTranslation } from 'react-i18next';
import type { PeriodPreset } from '../lib/clearance';

const presets: PeriodPreset[] = ['all', 'year', 'last12', 'last90'];

/** The reporting period of a dashboard: all time, this year, the last 12 months or 90 days. */
export function PeriodSelect({ value, onChange }: { value: PeriodPreset; onChange: (preset: PeriodPreset) => void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('office.period')}
      <select name="period" value={value} onChange={(e) => onChange(e.target.value as PeriodPreset)}>
        {presets.map((p) => (
          <option key={p} value={p}>
            {t(`office.preset.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
