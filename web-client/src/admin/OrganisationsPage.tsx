import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { RegionSelect } from '../components/RegionSelect';
import type { OrganisationKind } from '../gql/graphql';
import { onlyForbiddenFields } from '../graphql/errors';
import { OrganisationsQuery } from '../graphql/onboarding';
import { OrganisationRow } from './OrganisationRow';

const kinds: OrganisationKind[] = ['ENTERPRISE', 'SOCIAL_ORGANISATION'];
type Either = '' | 'yes' | 'no';
const flag = (value: Either) => (value ? value === 'yes' : null);

/**
 * The registered organisations, by kind, region and standing: verify one, or suspend it with a
 * reason its staff read (its resources are held until it is verified again). Admins see every
 * region (a tab of their workspace); an officer their sub-district's, the ones they decide.
 */
export function OrganisationsPage({ embedded = false }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const admin = session.role === 'ADMIN';
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [verified, setVerified] = useState<Either>('');
  const [suspended, setSuspended] = useState<Either>('');
  const [picked, setPicked] = useState('');
  const region = admin ? picked : (session.regionCode ?? '');
  const [{ data, fetching, error }] = useQuery({
    query: OrganisationsQuery,
    variables: { kind: kind || null, regionCode: region || null, verified: flag(verified), suspended: flag(suspended) },
    requestPolicy: 'cache-and-network',
  });
  const organisations = data?.organisations ?? [];
  const Title = embedded ? 'h2' : 'h1';

  return (
    <div className="page">
      <div className="page-title">
        <Title>{t('organisationsAdmin.title')}</Title>
        {data && <span className="count">{t('organisationsAdmin.count', { count: organisations.length })}</span>}
        {!admin && session.regionName && <span className="count">{session.regionName}</span>}
      </div>
      <p className="hint">{t('organisationsAdmin.hint')}</p>
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
          <select name="verified" value={verified} onChange={(e) => setVerified(e.target.value as Either)}>
            <option value="">{t('organisationsAdmin.either')}</option>
            <option value="yes">{t('organisationsAdmin.verifiedYes')}</option>
            <option value="no">{t('organisationsAdmin.verifiedNo')}</option>
          </select>
        </label>
        <label>
          {t('organisationsAdmin.suspended')}
          <select name="suspended" value={suspended} onChange={(e) => setSuspended(e.target.value as Either)}>
            <option value="">{t('organisationsAdmin.either')}</option>
            <option value="yes">{t('organisationsAdmin.suspendedYes')}</option>
            <option value="no">{t('organisationsAdmin.suspendedNo')}</option>
          </select>
        </label>
        {admin && <RegionSelect label={t('applications.region')} emptyLabel={t('applications.allRegions')} value={picked} onChange={setPicked} />}
      </form>
      {/* Why an organisation outside one's area is suspended is its own and its officers' business: left out, not an error. */}
      {!(data && onlyForbiddenFields(error)) && <ErrorMessage error={error} />}
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
                <th>{t('organisationsAdmin.standing')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <OrganisationRow key={o.id} organisation={o} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
