import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { RegionSelect } from '../components/RegionSelect';
import type { AccountRole } from '../gql/graphql';
import { OrganisationChoicesQuery } from '../graphql/onboarding';
import { RegionChildrenQuery } from '../graphql/regions';
import { organisationKindFor, regionLevelOf, subDistrictOf, type Manager } from './accountForm';

interface FieldProps {
  value: string;
  onChange(code: string): void;
  invalid?: boolean;
  disabled?: boolean;
}

/**
 * The region an account serves. An admin picks a district or sub-district (RegionSelect), then,
 * for community staff and social workers, a community of the sub-district; an officer picks within
 * their own sub-district. Community staff need a community, officers a sub-district.
 */
export function AccountRegionPicker({ role, manager, value, onChange, invalid, disabled }: FieldProps & { role: AccountRole; manager: Manager }) {
  const { t } = useTranslation();
  const [area, setArea] = useState(() => (value && regionLevelOf(value) === 'COMMUNITY' ? (subDistrictOf(value) ?? '') : value));
  const within = manager.role === 'SUBDISTRICT_OFFICER' ? manager.regionCode : null;
  const subDistrict = within ?? (area && regionLevelOf(area) === 'SUB_DISTRICT' ? area : '');
  const asksCommunity = role !== 'SUBDISTRICT_OFFICER' && !!subDistrict;
  const [communities] = useQuery({ query: RegionChildrenQuery, variables: { parentCode: subDistrict }, pause: !asksCommunity, requestPolicy: 'cache-first' });
  // The sub-district itself is a choice for social workers; community staff serve one community.
  const wholeSubDistrict = role !== 'COMMUNITY_STAFF';
  const shown = value && (regionLevelOf(value) === 'COMMUNITY' || (wholeSubDistrict && value === subDistrict)) ? value : '';

  return (
    <>
      {!within && (
        <RegionSelect
          name="area"
          label={t(role === 'SUBDISTRICT_OFFICER' ? 'accounts.subDistrict' : 'accounts.area')}
          emptyLabel={t('accounts.chooseArea')}
          value={area}
          onChange={(code) => {
            setArea(code);
            onChange(role === 'COMMUNITY_STAFF' ? '' : code);
          }}
        />
      )}
      {asksCommunity && (
        <label>
          {t('accounts.community')}
          <select
            name="regionCode"
            value={shown}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-describedby="regionCode-problem"
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="">{t('accounts.chooseCommunity')}</option>
            {wholeSubDistrict && <option value={subDistrict}>{t('accounts.wholeSubDistrict')}</option>}
            {communities.data?.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

/** The organisation a staff account belongs to (admins): one of the kind the role asks for. */
export function OrganisationPicker({ role, value, onChange, invalid, disabled }: FieldProps & { role: AccountRole }) {
  const { t } = useTranslation();
  const kind = organisationKindFor(role);
  const [{ data }] = useQuery({ query: OrganisationChoicesQuery, variables: { kind }, pause: !kind, requestPolicy: 'cache-first' });
  return (
    <label>
      {t('accounts.organisation')}
      <select name="organisationId" value={value} disabled={disabled} aria-invalid={invalid || undefined} aria-describedby="organisationId-problem" onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('accounts.chooseOrganisation')}</option>
        {data?.organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name} · {o.region.name}
          </option>
        ))}
      </select>
    </label>
  );
}
