import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { categoryName, useCategories } from '../graphql/categories';
import { useMatchChanges } from '../graphql/live';
import { OrganisationResourcesQuery } from '../graphql/resources';
import { formatDate, formatDistance } from '../lib/format';
import { SuspendedNotice } from './SuspendedNotice';

/** The organisation's resources, those with proposals waiting for an answer first; held ones while it is suspended. */
export function ResourcesPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { byCode } = useCategories();
  const organisationId = session.organisationId;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganisationResourcesQuery,
    variables: { organisationId: organisationId ?? '' },
    pause: !organisationId,
  });
  useMatchChanges(organisationId, () => refetch({ requestPolicy: 'network-only' }));

  if (!organisationId) return <EmptyState title={t('org.noOrganisation')} hint={t('org.noOrganisationHint')} />;
  const resources = [...(data?.resources.nodes ?? [])].sort((a, b) => waiting(b) - waiting(a));

  return (
    <div className="page">
      <div className="page-title">
        <h1>{t('org.resourcesTitle')}</h1>
        {data?.organisation && <span className="count">{data.organisation.name}</span>}
        <Link to="/org/resources/new" className="button-link primary" data-testid="post-resource">
          {t('org.postResource')}
        </Link>
      </div>
      <SuspendedNotice organisation={data?.organisation} />
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {data && !resources.length && (
        <EmptyState
          title={t('org.emptyTitle')}
          hint={t('org.emptyHint')}
          action={
            <Link to="/org/resources/new" className="button-link primary">
              {t('org.postResource')}
            </Link>
          }
        />
      )}
      <ul className="cards" data-testid="resources-list">
        {resources.map((r) => (
          <li key={r.id} className="card" data-resource-title={r.title}>
            <Link to={`/org/resources/${r.id}`} className="card-title">
              {r.title}
            </Link>
            <div className="meta">
              <span className={`badge resource-${r.status.toLowerCase()}`}>{t(`enums.ResourceStatus.${r.status}`)}</span>
              <span>{categoryName(byCode.get(r.categoryCode), i18n.language, r.categoryCode)}</span>
              <span>{t('org.remaining', { remaining: r.remainingCapacity, quantity: r.quantity, unit: r.unit })}</span>
              <span>{t('org.reach', { distance: formatDistance(r.serviceRadiusMeters, i18n.language) })}</span>
              {r.availableUntil && <span>{t('org.until', { date: formatDate(r.availableUntil, i18n.language) })}</span>}
            </div>
            {waiting(r) > 0 && (
              <p className="notice">
                <Link to={`/org/resources/${r.id}`}>{t('org.proposalsWaiting', { count: waiting(r) })}</Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

const waiting = (r: { matches?: Array<{ status: string }> | null }) => r.matches?.filter((m) => m.status === 'PROPOSED').length ?? 0;
