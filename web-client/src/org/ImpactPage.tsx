import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { PeriodSelect } from '../components/PeriodSelect';
import { categoryName } from '../graphql/categories';
import { graphql } from '../gql';
import { periodFor, type PeriodPreset } from '../lib/clearance';
import { todayIso } from '../lib/format';

const DonorImpactQuery = graphql(`
  query DonorImpact($organisationId: ID!, $from: DateOnly, $to: DateOnly) {
    donorImpact(organisationId: $organisationId, from: $from, to: $to) {
      householdsServed
      unitsDelivered
      needsCleared
      matchesDelivered
      organisation {
        name
      }
      byCategory {
        householdsServed
        unitsDelivered
        needsCleared
        matchesDelivered
        category {
          code
          name
          nameEn
        }
      }
    }
  }
`);


/** What the organisation's resources and projects did, anonymised: a report for its board. */
export function ImpactPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [preset, setPreset] = useState<PeriodPreset>('all');
  const period = periodFor(preset, todayIso());
  const [{ data, fetching, error }] = useQuery({
    query: DonorImpactQuery,
    variables: { organisationId: session.organisationId ?? '', ...period },
    pause: !session.organisationId,
  });
  const impact = data?.donorImpact;
  const chart = (impact?.byCategory ?? []).map((c) => ({
    label: categoryName(c.category, i18n.language),
    households: c.householdsServed,
    cleared: c.needsCleared,
  }));

  if (!session.organisationId) return <EmptyState title={t('org.noOrganisation')} hint={t('org.noOrganisationHint')} />;
  return (
    <div className="page">
      <div className="page-title">
        <h1>{t('impact.title')}</h1>
        {impact && <span className="count">{impact.organisation.name}</span>}
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <PeriodSelect value={preset} onChange={setPreset} />
      </form>
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {impact && (
        <>
          <div className="kpis">
            {(
              [
                ['households', impact.householdsServed],
                ['units', impact.unitsDelivered],
                ['cleared', impact.needsCleared],
                ['deliveries', impact.matchesDelivered],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="kpi" data-testid={`impact-${key}`}>
                <div className="value">{value}</div>
                <div className="label">{t(`impact.${key}`)}</div>
              </div>
            ))}
          </div>
          {!chart.length ? (
            <EmptyState title={t('impact.emptyTitle')} hint={t('impact.emptyHint')} />
          ) : (
            <section className="card">
              <h2>{t('impact.byCategory')}</h2>
              <div className="chart">
                <ResponsiveContainer>
                  <BarChart data={chart} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" fontSize={12} />
                    <YAxis allowDecimals={false} fontSize={12} />
                    <Tooltip />
                    <Legend />
                    <Bar isAnimationActive={false} dataKey="households" name={t('impact.households')} fill="#3e8ede" />
                    <Bar isAnimationActive={false} dataKey="cleared" name={t('impact.cleared')} fill="#2f855a" />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
