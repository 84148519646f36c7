import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Feature } from 'geojson';
import { useSession } from '../auth/AuthContext';
import { StatusBadge, UrgencyBadge } from '../components/Badges';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { categoryName, useCategories } from '../graphql/categories';
import { useNeedChanges } from '../graphql/live';
import type { NeedFilter, NeedOrderBy, NeedStatus, Urgency } from '../gql/graphql';
import { ClaimNeedMutation, NeedsListQuery } from '../graphql/needs';
import { AreaShapesQuery } from '../graphql/regions';
import { useAction } from '../graphql/useAction';
import { formatDate } from '../lib/format';
import { needActions } from '../lib/needActions';
import { groupNeedPoints, regionFeatures, type NeedPointProperties } from '../map/geo';
import { MapView } from '../map/MapView';
import { NeedFilters, defaultFilters, filtersFromParams, filtersToParams } from './NeedFilters';

const pageSize = 25;
const maxShown = 100;

export function NeedsPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [shown, setShown] = useState(pageSize);
  const [view, setView] = useState<'list' | 'map'>('list');
  const [selectedPoint, setSelectedPoint] = useState<NeedPointProperties | null>(null);
  const [liveNotice, setLiveNotice] = useState(false);
  const { byCode } = useCategories();

  const filter: NeedFilter = {
    statuses: filters.statuses as NeedStatus[],
    categories: filters.category ? [filters.category] : null,
    urgencies: filters.urgency ? [filters.urgency as Urgency] : null,
    heldByMe: filters.mine || null,
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NeedsListQuery,
    variables: { filter, orderBy: filters.order as NeedOrderBy, first: shown },
  });
  const [shapes] = useQuery({ query: AreaShapesQuery, variables: { code: session.regionCode ?? '' }, pause: !session.regionCode, requestPolicy: 'cache-first' });
  const live = useNeedChanges(session.regionCode, () => {
    setLiveNotice(true);
    refetch({ requestPolicy: 'network-only' });
  });

  const needs = useMemo(() => data?.needs.nodes ?? [], [data]);
  const features = useMemo<Feature[]>(
    () => [...regionFeatures(shapes.data?.region ? [shapes.data.region] : []), ...groupNeedPoints(needs)],
    [shapes.data, needs],
  );
  const visible = selectedPoint ? needs.filter((n) => selectedPoint.needIds.includes(n.id)) : needs;

  const setFilters = (next: typeof filters) => {
    setShown(pageSize);
    setSelectedPoint(null);
    setParams(filtersToParams(next), { replace: true });
  };

  return (
    <div className="page needs-page">
      <div className="page-title">
        <h1>{t('needs.title')}</h1>
        {data && (
          <span className="count" data-testid="needs-total">
            {t('needs.total', { count: data.needs.totalCount })}
          </span>
        )}
        {live === 'unavailable' && <span className="hint">{t('live.unavailable')}</span>}
      </div>
      <NeedFilters value={filters} onChange={setFilters} canHold={session.role === 'SOCIAL_WORKER'} />
      {liveNotice && (
        <p className="notice" role="status">
          {t('live.listUpdated')}{' '}
          <button type="button" className="link-button" onClick={() => setLiveNotice(false)}>
            {t('common.dismiss')}
          </button>
        </p>
      )}
      <div className="view-switch" role="tablist" aria-label={t('needs.view')}>
        <button type="button" role="tab" aria-selected={view === 'list'} onClick={() => setView('list')}>
          {t('needs.viewList')}
        </button>
        <button type="button" role="tab" aria-selected={view === 'map'} onClick={() => setView('map')}>
          {t('needs.viewMap')}
        </button>
      </div>
      <ErrorMessage error={error} />
      <div className={`split show-${view}`}>
        <section className="list-pane" aria-label={t('needs.viewList')}>
          {selectedPoint && (
            <p className="notice">
              {t('needs.pointSelected', { count: selectedPoint.count })}{' '}
              <button type="button" className="link-button" onClick={() => setSelectedPoint(null)}>
                {t('needs.showAll')}
              </button>
            </p>
          )}
          {fetching && !data && <Loading />}
          {data && !needs.length && (
            <EmptyState
              title={t('needs.emptyTitle')}
              hint={t(filters.statuses.join() === defaultFilters.statuses.join() ? 'needs.emptyHint' : 'needs.emptyHintFiltered')}
              action={
                <button type="button" onClick={() => setFilters(defaultFilters)}>
                  {t('needs.resetFilters')}
                </button>
              }
            />
          )}
          <ul className="cards" data-testid="needs-list">
            {visible.map((need) => (
              <NeedCard key={need.id} need={need} category={categoryName(byCode.get(need.categoryCode), i18n.language, need.categoryCode)} />
            ))}
          </ul>
          {data?.needs.pageInfo.hasNextPage &&
            (shown < maxShown ? (
              <button type="button" className="more" onClick={() => setShown((n) => Math.min(maxShown, n + pageSize))}>
                {t('needs.showMore')}
              </button>
            ) : (
              <p className="hint">{t('needs.narrowDown', { shown: needs.length, total: data.needs.totalCount })}</p>
            ))}
        </section>
        <section className="map-pane" aria-label={t('needs.viewMap')}>
          <MapView
            label={t('needs.mapLabel')}
            features={features}
            fitKey={`${session.regionCode}:${filters.statuses.join()}:${filters.category}:${filters.urgency}:${filters.mine}`}
            style={(f) =>
              f.properties?.kind === 'needs'
                ? { radius: 8 + Math.min(14, Math.sqrt(f.properties.count) * 3), color: '#0b6bcb', fillColor: '#3e8ede', fillOpacity: 0.8, weight: 2 }
                : { color: '#52606d', weight: 1.5, fillColor: '#e4e7eb', fillOpacity: 0.35 }
            }
            tooltip={(f) => (f.properties?.kind === 'region' ? f.properties.name : t('needs.pointTooltip', { count: f.properties?.count }))}
            pointLabel={(f) => (f.properties?.kind === 'needs' ? String(f.properties.count) : null)}
            onFeatureClick={(f) => {
              if (f.properties?.kind !== 'needs') return;
              setSelectedPoint(f.properties as NeedPointProperties);
              setView('list');
            }}
          />
        </section>
      </div>
    </div>
  );
}

interface CardNeed {
  id: string;
  publicSummary: string;
  status: NeedStatus;
  urgency: Urgency;
  dueDate?: string | null;
  claimedBy?: string | null;
  region: { name: string };
}

function NeedCard({ need, category }: { need: CardNeed; category: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [claim, runClaim] = useAction(ClaimNeedMutation, 'claimNeed');
  const actions = needActions(need, session);
  const overdue = need.dueDate && need.dueDate < new Date().toISOString().slice(0, 10) && !['CLEARED', 'CANCELLED'].includes(need.status);

  return (
    <li className="card need-card" data-need-id={need.id}>
      <Link to={`/needs/${need.id}`} className="card-title">
        {need.publicSummary}
      </Link>
      <div className="meta">
        <StatusBadge status={need.status} />
        <UrgencyBadge urgency={need.urgency} />
        <span>{category}</span>
        <span>{need.region.name}</span>
        {need.dueDate && (
          <span className={overdue ? 'overdue' : ''}>
            {t(overdue ? 'needs.overdueSince' : 'needs.due', { date: formatDate(need.dueDate, i18n.language) })}
          </span>
        )}
        {need.claimedBy && (
          <span>{need.claimedBy === session.login ? t('needs.heldByMe') : t('needs.heldBy', { login: need.claimedBy })}</span>
        )}
      </div>
      {actions.has('claim') && (
        <button type="button" className="primary small" disabled={claim.fetching} onClick={() => void runClaim({ needId: need.id })}>
          {claim.fetching ? t('common.working') : t('need.claim')}
        </button>
      )}
      <ErrorMessage error={claim.error} />
    </li>
  );
}
