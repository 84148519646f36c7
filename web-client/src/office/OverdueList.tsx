import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { StatusBadge, UrgencyBadge } from '../components/Badges';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { OverdueNeedsQuery } from '../graphql/clearance';
import { formatDate } from '../lib/format';

/** Open needs past their due date, the longest overdue first, with who holds each. */
export function OverdueList({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, error }] = useQuery({ query: OverdueNeedsQuery, variables: { regionCode } });
  const needs = data?.overdueNeeds.nodes ?? [];
  return (
    <section className="card" aria-labelledby="overdue-title" data-testid="overdue-list">
      <h2 id="overdue-title">
        {t('office.overdueTitle')} {data && <span className="count">({data.overdueNeeds.totalCount})</span>}
      </h2>
      <ErrorMessage error={error} />
      {data && !needs.length && <EmptyState title={t('office.noOverdueTitle')} hint={t('office.noOverdueHint')} />}
      <ul className="cards">
        {needs.map((n) => (
          <li key={n.id} className="card">
            <Link to={`/needs/${n.id}`} className="card-title">
              {n.publicSummary}
            </Link>
            <div className="meta">
              <StatusBadge status={n.status} />
              <UrgencyBadge urgency={n.urgency} />
              <span>{n.region.name}</span>
              <span className="overdue">{t('needs.overdueSince', { date: formatDate(n.dueDate, i18n.language) })}</span>
              <span>{n.claimedBy ? t('needs.heldBy', { login: n.claimedBy }) : t('office.unclaimed')}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
