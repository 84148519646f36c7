import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LabelVocabularyQuery } from '../graphql/registry';
import { toggled } from '../lib/householdFilter';

/** Labels chosen from the vocabulary, grouped by dimension; `scope` keeps those that apply (PERSON, HOUSEHOLD) or all. */
export function LabelPicker({ value, onChange, scope }: { value: string[]; onChange(codes: string[]): void; scope?: 'PERSON' | 'HOUSEHOLD' }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: LabelVocabularyQuery, requestPolicy: 'cache-first' });
  const en = i18n.language === 'en';
  const labels = (data?.labels ?? []).filter((l) => !scope || l.appliesTo === scope || l.appliesTo === 'BOTH');
  return (
    <fieldset className="label-picker">
      <legend>{t('registry.labels')}</legend>
      {data?.labelDimensions.map((d) => {
        const ofDimension = labels.filter((l) => l.dimensionCode === d.code);
        if (!ofDimension.length) return null;
        return (
          <details key={d.code} open={ofDimension.some((l) => value.includes(l.code))}>
            <summary>
              {en ? d.nameEn : d.name}
              {ofDimension.some((l) => value.includes(l.code)) && ` (${ofDimension.filter((l) => value.includes(l.code)).length})`}
            </summary>
            {ofDimension.map((l) => (
              <label key={l.code} className="check">
                <input type="checkbox" name="label" value={l.code} checked={value.includes(l.code)} onChange={(e) => onChange(toggled(value, l.code, e.target.checked))} />
                {en ? l.nameEn : l.name}
              </label>
            ))}
          </details>
        );
      })}
    </fieldset>
  );
}
