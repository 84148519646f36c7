import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { UrgencyBadge } from '../components/Badges';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import type { PlannedNeedFragment } from '../gql/graphql';
import { ApplyAllocationMutation, PlanAllocationQuery } from '../graphql/matching';
import { useAction } from '../graphql/useAction';
import { formatDistance } from '../lib/format';

/**
 * The officer's allocation plan (分配方案): the region's claimed, unmatched needs assigned at once
 * to the resources and projects that reach them, covering as many as capacity allows. Drafted on
 * request (it reads every such need of the region); nothing changes until the officer applies it,
 * which proposes every match of the plan, all or none (safe to retry: the action carries a key).
 */
export function AllocationPanel({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation();
  const [requested, setRequested] = useState(false);
  const [{ data, fetching, error }, replan] = useQuery({
    query: PlanAllocationQuery,
    variables: { regionCode },
    pause: !requested,
    requestPolicy: 'network-only',
  });
  // One key per plan applied: a retry after a lost answer gets the matches the first made.
  const [applying, apply] = useAction(ApplyAllocationMutation, 'applyAllocation');
  const [applied, setApplied] = useState<number | null>(null);
  const plan = requested ? data?.planAllocation : undefined;

  async function applyPlan() {
    if (!plan) return;
    const matches = plan.matches.map((m) => ({
      needId: m.need.id,
      resourceId: m.resource?.id,
      charityProjectId: m.charityProject?.id,
      quantity: m.quantity,
    }));
    const result = await apply({ matches });
    if (result.data) {
      setApplied(result.data.applyAllocation.length);
      replan({ requestPolicy: 'network-only' });
    }
  }

  return (
    <section className="card" aria-labelledby="allocation-title" data-testid="allocation">
      <h2 id="allocation-title">{t('allocation.title')}</h2>
      <p className="hint">{t('allocation.hint')}</p>
      <button type="button" className="primary small" disabled={fetching} onClick={() => (requested ? replan({ requestPolicy: 'network-only' }) : setRequested(true))}>
        {t(requested ? 'allocation.replan' : 'allocation.plan')}
      </button>
      <ErrorMessage error={error ?? applying.error} />
      {applied != null && (
        <p className="success" role="status">
          {t('allocation.applied', { count: applied })}
        </p>
      )}
      {fetching && !plan && <Loading />}
      {plan && plan.needsConsidered === 0 && <EmptyState title={t('allocation.emptyTitle')} hint={t('allocation.emptyHint')} />}
      {plan && plan.needsConsidered > 0 && (
        <>
          <p data-testid="allocation-summary">{t('allocation.summary', { covered: plan.needsCovered, considered: plan.needsConsidered })}</p>
          {plan.matches.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{t('allocation.need')}</th>
                    <th>{t('allocation.provider')}</th>
                    <th className="num">{t('allocation.quantity')}</th>
                    <th className="num">{t('allocation.distance')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.matches.map((m) => (
                    <tr key={m.need.id}>
                      <td>
                        <PlannedNeed need={m.need} />
                      </td>
                      <td>
                        {m.resource?.title ?? m.charityProject?.name}
                        <span className="hint"> · {(m.resource ?? m.charityProject)?.organisation.name}</span>
                      </td>
                      <td className="num">{m.resource ? `${m.quantity} ${m.resource.unit}` : t('allocation.household')}</td>
                      <td className="num">{formatDistance(m.distanceMeters, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {plan.uncovered.length > 0 && (
            <>
              <h3>{t('allocation.uncoveredTitle', { count: plan.uncovered.length })}</h3>
              <ul className="plain-list">
                {plan.uncovered.map((u) => (
                  <li key={u.need.id}>
                    <PlannedNeed need={u.need} /> — {t(`allocation.why.${u.reasonKind}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {plan.matches.length > 0 && (
            <button type="button" className="primary" disabled={applying.fetching} onClick={() => void applyPlan()}>
              {t('allocation.apply', { count: plan.matches.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function PlannedNeed({ need }: { need: PlannedNeedFragment }) {
  return (
    <>
      <UrgencyBadge urgency={need.urgency} /> <Link to={`/needs/${need.id}`}>{need.publicSummary}</Link>
      <span className="hint"> · {need.region.name}</span>
    </>
  );
}
