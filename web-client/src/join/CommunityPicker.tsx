import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { RegionChildrenQuery } from '../graphql/regions';

/**
 * The community (社区/村) an organisation is in, walked down the region tree: district, then
 * sub-district, then community, one level asked for at a time.
 */
export function CommunityPicker({ value, onChange, invalid, describedBy }: { value: string; onChange(code: string): void; invalid?: boolean; describedBy?: string }) {
  const { t } = useTranslation();
  const [district, setDistrict] = useState('');
  const [subDistrict, setSubDistrict] = useState('');
  const [districts] = useQuery({ query: RegionChildrenQuery, variables: { parentCode: null }, requestPolicy: 'cache-first' });
  const [subDistricts] = useQuery({ query: RegionChildrenQuery, variables: { parentCode: district }, pause: !district, requestPolicy: 'cache-first' });
  const [communities] = useQuery({ query: RegionChildrenQuery, variables: { parentCode: subDistrict }, pause: !subDistrict, requestPolicy: 'cache-first' });

  return (
    <fieldset className="checks community-picker" aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      <legend>{t('join.community')}</legend>
      <label>
        {t('join.district')}
        <select
          name="district"
          value={district}
          onChange={(e) => {
            setDistrict(e.target.value);
            setSubDistrict('');
            onChange('');
          }}
        >
          <option value="">{t('join.chooseDistrict')}</option>
          {districts.data?.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('join.subDistrict')}
        <select
          name="subDistrict"
          value={subDistrict}
          disabled={!district}
          onChange={(e) => {
            setSubDistrict(e.target.value);
            onChange('');
          }}
        >
          <option value="">{t('join.chooseSubDistrict')}</option>
          {district &&
            subDistricts.data?.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('join.communityName')}
        <select name="regionCode" value={value} disabled={!subDistrict} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('join.chooseCommunity')}</option>
          {subDistrict &&
            communities.data?.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
        </select>
      </label>
    </fieldset>
  );
}
