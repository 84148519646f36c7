import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { RegionSelect } from '../components/RegionSelect';
import type { ApplicationFieldsFragment, ApplicationStatus } from '../gql/graphql';
import { OrganisationApplicationsQuery } from '../graphql/onboarding';
import { ApplicationCard } from './ApplicationCard';

const statuses: ApplicationStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/**
 * Applications to join: an officer sees their sub-district's, an admin any region's (all when none
 * is picked); the pending ones by default, each decided here. `embedded` in the admin workspace's tabs.
 */
export function ApplicationsPage({ embedded = false }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const [status, setStatus] = useState<ApplicationStatus | ''>('PENDING');
  const [region, setRegion] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganisationApplicationsQuery,
    variables: { status: status || null, regionCode: region || null },
    requestPolicy: 'cache-and-network',
  });
  const applications = data?.organisationApplications ?? [];
  // The last decision stays said here, once its card has left the list of pending ones.
  const [decided, setDecided] = useState<ApplicationFieldsFragment | null>(null);

  return (
    <div className="page">
      <div className="page-title">
        {embedded ? <h2>{t('applications.title')}</h2> : <h1>{t('applications.title')}</h1>}
        {data && <span className="count">{t('applications.count', { count: applications.length })}</span>}
      </div>
      <p className="hint">{t(session.role === 'ADMIN' ? 'applications.hintAdmin' : 'applications.hintOfficer')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('applications.status')}
          <select name="status" value={status} onChange={(e) => setStatus(e.target.value as ApplicationStatus | '')}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`enums.ApplicationStatus.${s}`)}
              </option>
            ))}
            <option value="">{t('applications.anyStatus')}</option>
          </select>
        </label>
        {session.role === 'ADMIN' && <RegionSelect label={t('applications.region')} emptyLabel={t('applications.allRegions')} value={region} onChange={setRegion} />}
      </form>
      {decided && (
        <p className="notice" role="status" data-testid="decided">
          {decided.status === 'APPROVED'
            ? t('applications.approvedNotice', { name: decided.name, login: decided.staffLogin })
            : t('applications.rejectedNotice', { name: decided.name })}
        </p>
      )}
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {data && !applications.length && <EmptyState title={t('applications.emptyTitle')} hint={t('applications.emptyHint')} />}
      <ul className="cards" data-testid="applications">
        {applications.map((a) => (
          <ApplicationCard key={a.id} application={a} onDecided={(d) => {
              setDecided(d);
              refetch({ requestPolicy: 'network-only' });
            }} />
        ))}
      </ul>
    </div>
  );
}
