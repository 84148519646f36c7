import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionSelect } from '../components/RegionSelect';
import { applyPreset, presets, searchProblems, toggled, type HouseholdSearchForm as Form, type Tri } from '../lib/householdFilter';
import { LabelPicker } from './LabelPicker';

const statuses = ['MINIMUM_LIVING_ALLOWANCE', 'MARGINAL', 'EXTREME_HARDSHIP', 'DISABILITY', 'ELDERLY_ALONE', 'CHILDREN_IN_DIFFICULTY'];
const risks = ['HIGH', 'MEDIUM', 'LOW'];
const stages = ['PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'HIGHER'];

/** The cohort search's filters, compact enough for a phone: the common ones open, the rest folded. */
export function HouseholdSearchForm({ initial, regionCode, pickRegion, onSearch }: { initial: Form; regionCode: string; pickRegion: boolean; onSearch(form: Form): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const checks = (key: 'assistanceStatuses' | 'riskLevels' | 'schoolStages', values: string[], enumName: string) => (
    <fieldset className="checks">
      <legend>{t(`registry.${key}`)}</legend>
      {values.map((v) => (
        <label key={v} className="check">
          <input type="checkbox" name={key} value={v} checked={form[key].includes(v)} onChange={(e) => set(key, toggled(form[key], v, e.target.checked))} />
          {t(`enums.${enumName}.${v}`)}
        </label>
      ))}
    </fieldset>
  );
  const yesNo = (key: 'finalYear' | 'hasOpenNeeds') => (
    <label>
      {t(`registry.${key}`)}
      <select name={key} value={form[key]} onChange={(e) => set(key, e.target.value as Tri)}>
        <option value="">{t('registry.either')}</option>
        <option value="yes">{t('registry.yes')}</option>
        <option value="no">{t('registry.no')}</option>
      </select>
    </label>
  );
  const submit = (next: Form) => {
    const found = searchProblems(next);
    setProblems(found);
    if (!found.length) onSearch(next);
  };

  return (
    <form
      className="household-search"
      aria-label={t('registry.searchTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        submit(form);
      }}
    >
      <div className="presets" role="group" aria-label={t('registry.presets')}>
        {Object.keys(presets).map((name) => (
          <button
            key={name}
            type="button"
            className="secondary"
            data-preset={name}
            onClick={() => {
              const next = applyPreset(name, form.regionCode || regionCode);
              setForm(next);
              submit(next);
            }}
          >
            {t(`registry.preset.${name}`)}
          </button>
        ))}
      </div>
      <div className="filters">
        {pickRegion && <RegionSelect label={t('registry.region')} emptyLabel={t('registry.ownArea')} value={form.regionCode || null} onChange={(code) => set('regionCode', code)} />}
        {yesNo('finalYear')}
        {yesNo('hasOpenNeeds')}
      </div>
      {checks('assistanceStatuses', statuses, 'AssistanceStatus')}
      {checks('riskLevels', risks, 'RiskLevel')}
      <details className="more-filters">
        <summary>{t('registry.moreFilters')}</summary>
        <div className="filters">
          <label>
            {t('registry.memberAgeFrom')}
            <input name="memberAgeFrom" inputMode="numeric" value={form.memberAgeFrom} onChange={(e) => set('memberAgeFrom', e.target.value)} aria-invalid={problems.includes('memberAgeFrom')} />
          </label>
          <label>
            {t('registry.memberAgeTo')}
            <input name="memberAgeTo" inputMode="numeric" value={form.memberAgeTo} onChange={(e) => set('memberAgeTo', e.target.value)} aria-invalid={problems.includes('memberAgeTo')} />
          </label>
          <label>
            {t('registry.disabilityGradeAtMost')}
            <select name="disabilityGradeAtMost" value={form.disabilityGradeAtMost} onChange={(e) => set('disabilityGradeAtMost', e.target.value)}>
              <option value="">{t('registry.either')}</option>
              {[1, 2, 3, 4].map((g) => (
                <option key={g} value={g}>
                  {t('registry.gradeAtMost', { grade: g })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('registry.notVisitedSince')}
            <input type="date" name="notVisitedSince" value={form.notVisitedSince} onChange={(e) => set('notVisitedSince', e.target.value)} />
          </label>
        </div>
        {checks('schoolStages', stages, 'SchoolStage')}
        <div className="filters">
          <label>
            {t('registry.labelsMatch')}
            <select name="labelsMatch" value={form.labelsMatch} onChange={(e) => set('labelsMatch', e.target.value as Form['labelsMatch'])}>
              <option value="all">{t('registry.labelsAll')}</option>
              <option value="any">{t('registry.labelsAny')}</option>
            </select>
          </label>
        </div>
        <LabelPicker value={form.labels} onChange={(codes) => set('labels', codes)} />
      </details>
      {problems.length > 0 && (
        <p className="error" role="alert">
          {t('registry.ageProblem')}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('registry.search')}</button>
      </div>
    </form>
  );
}
