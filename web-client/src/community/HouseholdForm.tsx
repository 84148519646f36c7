import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistanceStatus, HouseholdFileQuery, HouseholdInput, HousingCondition, RiskLevel } from '../gql/graphql';
import { ErrorMessage } from '../components/ErrorMessage';
import { RegisterHouseholdMutation, UpdateHouseholdMutation } from '../graphql/households';
import { labelName, useLabels } from '../graphql/labels';
import { useAction } from '../graphql/useAction';
import { regionFeatures, type RegionShape } from '../map/geo';
import { MapView, type PickedPoint } from '../map/MapView';

const risks: RiskLevel[] = ['HIGH', 'MEDIUM', 'LOW'];
const housing: HousingCondition[] = ['ADEQUATE', 'POOR', 'UNSAFE'];
const assistance: AssistanceStatus[] = ['MINIMUM_LIVING_ALLOWANCE', 'MARGINAL', 'EXTREME_HARDSHIP', 'DISABILITY', 'ELDERLY_ALONE', 'CHILDREN_IN_DIFFICULTY'];

/** A household's file as the API gives it to those who keep the community's files. */
export type HouseholdFile = NonNullable<NonNullable<HouseholdFileQuery['need']>['household']>;

interface Props {
  community: RegionShape & { centroid: { coordinates: number[] } };
  /** The file to correct or update; a new one is registered when none. */
  existing?: HouseholdFile;
  onSaved(household: { id: string; headName?: string | null }): void;
}

/** A household's file (一户一档): who, where (picked on the map), and its situation. */
export function HouseholdForm({ community, existing, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const vocabulary = useLabels();
  const [form, setForm] = useState({
    headName: existing?.headName ?? '',
    phone: existing?.phone ?? '',
    idNumber: existing?.idNumber ?? '',
    address: existing?.address ?? '',
    memberCount: existing?.memberCount ?? 1,
    riskLevel: existing?.riskLevel ?? ('MEDIUM' as RiskLevel),
    monthlyIncome: existing?.monthlyIncome?.toString() ?? '',
    housingCondition: existing?.housingCondition ?? '',
    hasFamilySupport: existing?.hasFamilySupport == null ? '' : String(existing.hasFamilySupport),
  });
  const [labels, setLabels] = useState<string[]>(existing?.labels ?? []);
  // Those offered for households, and any the file carries already (a retired one stays).
  const offered = vocabulary.list.filter((l) => (l.appliesTo !== 'PERSON' && !l.retiredAt) || labels.includes(l.code));
  const [statuses, setStatuses] = useState<AssistanceStatus[]>(existing?.assistanceStatuses ?? []);
  const [point, setPoint] = useState<PickedPoint>(() => {
    const [longitude, latitude] = existing?.location?.coordinates ?? community.centroid.coordinates;
    return { longitude, latitude };
  });
  const [registered, register] = useAction(RegisterHouseholdMutation, 'registerHousehold');
  const [updated, update] = useAction(UpdateHouseholdMutation, 'updateHousehold');
  const state = existing ? updated : registered;
  const features = useMemo(() => regionFeatures([community]), [community]);
  const set = (key: keyof typeof form, value: string | number) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input: HouseholdInput = {
      headName: form.headName.trim(),
      phone: form.phone.trim() || null,
      idNumber: form.idNumber.trim() || null,
      address: form.address.trim(),
      memberCount: form.memberCount,
      riskLevel: form.riskLevel,
      assistanceStatuses: statuses,
      labels,
      monthlyIncome: form.monthlyIncome.trim() === '' ? null : Number(form.monthlyIncome),
      housingCondition: (form.housingCondition || null) as HousingCondition | null,
      hasFamilySupport: form.hasFamilySupport === '' ? null : form.hasFamilySupport === 'true',
      communityCode: community.code,
      latitude: point.latitude,
      longitude: point.longitude,
    };
    if (existing) {
      const result = await update({ householdId: existing.id, input });
      if (result.data) onSaved(result.data.updateHousehold);
    } else {
      const result = await register({ input });
      if (result.data) onSaved(result.data.registerHousehold);
    }
  }

  return (
    <form className="grid-form" onSubmit={(e) => void submit(e)} aria-label={t(existing ? 'community.editTitle' : 'community.registerTitle')}>
      <label>
        {t('household.headName')}
        <input name="headName" required value={form.headName} onChange={(e) => set('headName', e.target.value)} />
      </label>
      <label>
        {t('household.phone')}
        <input name="phone" type="tel" value={form.phone} onChange={(e) => set('phone', e.target.value)} />
      </label>
      <label>
        {t('community.idNumber')}
        <input name="idNumber" value={form.idNumber} onChange={(e) => set('idNumber', e.target.value)} />
      </label>
      <label>
        {t('household.members')}
        <input name="memberCount" type="number" min={1} required value={form.memberCount} onChange={(e) => set('memberCount', Number(e.target.value))} />
      </label>
      <label className="wide">
        {t('household.address')}
        <input name="address" required value={form.address} onChange={(e) => set('address', e.target.value)} />
      </label>
      <label>
        {t('household.risk')}
        <select name="riskLevel" value={form.riskLevel} onChange={(e) => set('riskLevel', e.target.value)}>
          {risks.map((r) => (
            <option key={r} value={r}>
              {t(`enums.RiskLevel.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('household.monthlyIncome')}
        <input name="monthlyIncome" type="number" min={0} step="any" value={form.monthlyIncome} onChange={(e) => set('monthlyIncome', e.target.value)} />
      </label>
      <label>
        {t('household.housingCondition')}
        <select name="housingCondition" value={form.housingCondition} onChange={(e) => set('housingCondition', e.target.value)}>
          <option value="">{t('household.notRecorded')}</option>
          {housing.map((h) => (
            <option key={h} value={h}>
              {t(`enums.HousingCondition.${h}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('household.hasFamilySupport')}
        <select name="hasFamilySupport" value={form.hasFamilySupport} onChange={(e) => set('hasFamilySupport', e.target.value)}>
          <option value="">{t('household.notRecorded')}</option>
          <option value="true">{t('household.supported')}</option>
          <option value="false">{t('household.unsupported')}</option>
        </select>
      </label>
      <fieldset className="wide checks">
        <legend>{t('household.labels')}</legend>
        {offered.map((l) => (
          <label key={l.code} className="check">
            <input
              type="checkbox"
              name="labels"
              value={l.code}
              checked={labels.includes(l.code)}
              onChange={(e) => setLabels((s) => (e.target.checked ? [...s, l.code] : s.filter((x) => x !== l.code)))}
            />
            {labelName(l, i18n.language)}
          </label>
        ))}
      </fieldset>
      <fieldset className="wide checks">
        <legend>{t('household.assistance')}</legend>
        {assistance.map((a) => (
          <label key={a} className="check">
            <input
              type="checkbox"
              checked={statuses.includes(a)}
              onChange={(e) => setStatuses((s) => (e.target.checked ? [...s, a] : s.filter((x) => x !== a)))}
            />
            {t(`enums.AssistanceStatus.${a}`)}
          </label>
        ))}
      </fieldset>
      <div className="wide">
        <p className="hint">{t('community.pickHint')}</p>
        <MapView
          label={t('community.pickMapLabel')}
          className="small"
          features={features}
          fitKey={community.code}
          style={() => ({ color: '#52606d', weight: 1.5, fillColor: '#e4e7eb', fillOpacity: 0.35 })}
          pick={{ point, onPick: setPoint }}
        />
      </div>
      <div className="wide actions">
        <button type="submit" className="primary" disabled={state.fetching}>
          {state.fetching ? t('common.working') : t(existing ? 'community.saveChanges' : 'community.register')}
        </button>
      </div>
      <div className="wide">
        <ErrorMessage error={state.error} />
      </div>
    </form>
  );
}
