import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { RegionSelect } from '../components/RegionSelect';
import type { OrganisationKind } from '../gql/graphql';
import { OrganisationsQuery } from '../graphql/onboarding';

const kinds: OrganisationKind[] = ['ENTERPRISE', 'SOCIAL_ORGANISATION'];

/**
 * The registered organisations, by kind, region and whether they are verified.
 * Follow-up: verifying and suspending them (verifyOrganisation, suspendOrganisation) is being
 * added to the API; their buttons belong on each row here once schema/marketplace.graphql has them
 * (codegen checks every document against it, so they cannot be written before).
 */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [verified, setVerified] = useState<'' | 'yes' | 'no'>('');
  const [region, setRegion] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: OrganisationsQuery,
    variables: { kind: kind || null, regionCode: region || null, verified: verified ? verified === 'yes' : null },
    requestPolicy: 'cache-and-network',
  });
  const organisations = data?.organisations ?? [];

  return (
    <div className="page">
      <div className="page-title">
        <h2>{t('organisationsAdmin.title')}</h2>
        {data && <span className="count">{t('organisationsAdmin.count', { count: organisations.length })}</span>}
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('organisationsAdmin.kind')}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as OrganisationKind | '')}>
            <option value="">{t('organisationsAdmin.anyKind')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`enums.OrganisationKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('organisationsAdmin.verified')}
          <select name="verified" value={verified} onChange={(e) => setVerified(e.target.value as '' | 'yes' | 'no')}>
            <option value="">{t('organisationsAdmin.either')}</option>
            <option value="yes">{t('organisationsAdmin.verifiedYes')}</option>
            <option value="no">{t('organisationsAdmin.verifiedNo')}</option>
          </select>
        </label>
        <RegionSelect label={t('applications.region')} emptyLabel={t('applications.allRegions')} value={region} onChange={setRegion} />
      </form>
      <p className="hint">{t('organisationsAdmin.followUp')}</p>
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {data && !organisations.length && <EmptyState title={t('organisationsAdmin.emptyTitle')} hint={t('organisationsAdmin.emptyHint')} />}
      {organisations.length > 0 && (
        <div className="table-wrap">
          <table data-testid="organisations">
            <thead>
              <tr>
                <th>{t('organisationsAdmin.name')}</th>
                <th>{t('organisationsAdmin.kind')}</th>
                <th>{t('organisationsAdmin.region')}</th>
                <th>{t('organisationsAdmin.phone')}</th>
                <th>{t('organisationsAdmin.verified')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id} data-organisation={o.name}>
                  <td>{o.name}</td>
                  <td>{t(`enums.OrganisationKind.${o.kind}`)}</td>
                  <td>{o.region.name}</td>
                  <td>{o.contactPhone ?? '—'}</td>
                  <td>{o.isVerified ? t('organisationsAdmin.verifiedYes') : t('organisationsAdmin.verifiedNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
