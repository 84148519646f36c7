import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { labelName, useLabels } from '../graphql/labels';
import { HouseholdSearchQuery } from '../graphql/registry';
import { decodeSearch, emptySearch, encodeSearch, toHouseholdFilter } from '../lib/householdFilter';
import { HouseholdSearchForm } from './HouseholdSearchForm';

export const pageSize = 20;

/** The household registry's cohort search (community staff, officers, social workers, admins). */
export function RegistryPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const form = decodeSearch(params.get('q'));
  const after = params.get('after');
  const [{ data, fetching, error }] = useQuery({
    query: HouseholdSearchQuery,
    variables: { filter: form ? toHouseholdFilter(form) : {}, first: pageSize, after },
    pause: !form,
  });
  const result = data?.households;

  return (
    <div className="page registry-page">
      <div className="page-title">
        <h1>{t('registry.title')}</h1>
        {result && (
          <span className="count" data-testid="registry-total">
            {t('registry.total', { count: result.totalCount })}
          </span>
        )}
      </div>
      <HouseholdSearchForm
        key={params.get('q') ?? ''}
        initial={form ?? { ...emptySearch, regionCode: '' }}
        regionCode=""
        pickRegion={session.role !== 'COMMUNITY_STAFF'}
        onSearch={(next) => setParams({ q: encodeSearch(next) })}
      />
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {!form && <EmptyState title={t('registry.startTitle')} hint={t('registry.startHint')} />}
      {result && result.nodes.length === 0 && <EmptyState title={t('registry.noneTitle')} hint={t('registry.noneHint')} />}
      {result && result.nodes.length > 0 && (
        <ul className="cards household-results" aria-label={t('registry.results')}>
          {result.nodes.map((h) => (
            <li key={h.id} className="card" data-household={h.id}>
              <Link to={`/registry/households/${h.id}?${params.toString()}`}>
                <strong>{h.headName ?? t('registry.unnamed')}</strong>
              </Link>{' '}
              <span className={`badge risk-${h.riskLevel.toLowerCase()}`}>{t(`enums.RiskLevel.${h.riskLevel}`)}</span>
              <div className="meta">
                {h.community.name} · {t('registry.memberCount', { count: h.memberCount })}
                {h.address ? ` · ${h.address}` : ''}
              </div>
              <div className="meta">
                {[...h.assistanceStatuses.map((s) => t(`enums.AssistanceStatus.${s}`)), ...h.labels.map((c) => labelName(labels.byCode.get(c), i18n.language, c))].join('、')}
              </div>
            </li>
          ))}
        </ul>
      )}
      {result && (after || result.pageInfo.hasNextPage) && (
        <div className="actions pager">
          {after && (
            <button type="button" className="secondary" onClick={() => setParams({ q: params.get('q') ?? '' })}>
              {t('registry.firstPage')}
            </button>
          )}
          {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
            <button type="button" className="secondary" onClick={() => setParams({ q: params.get('q') ?? '', after: result.pageInfo.endCursor! })}>
              {t('registry.nextPage')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
