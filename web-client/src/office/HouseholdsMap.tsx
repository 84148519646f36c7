import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Feature } from 'geojson';
import { ErrorMessage } from '../components/ErrorMessage';
import { HouseholdsMapQuery } from '../graphql/registry';
import { formatPercent } from '../lib/format';
import { countsByLevel, highRiskShare, riskShareColour, riskShareSteps } from '../map/householdLayer';
import { MapView } from '../map/MapView';

/** The map's household layer: areas shaded by their share of HIGH-risk households, those households as points (officers, admins). */
export function HouseholdsMap({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, error }] = useQuery({ query: HouseholdsMapQuery, variables: { regionCode, highRiskPoints: true } });
  const features = useMemo(() => (data?.householdsMap.features ?? []) as unknown as Feature[], [data]);

  return (
    <section className="card" aria-labelledby="households-map-title">
      <h2 id="households-map-title">{t('office.householdsMapTitle')}</h2>
      <ErrorMessage error={error} />
      <MapView
        label={t('office.householdsMapTitle')}
        features={features}
        fitKey={`households:${regionCode}`}
        style={(f) =>
          f.properties?.kind === 'HOUSEHOLD'
            ? { radius: 4, color: '#1f2933', weight: 1, fillColor: '#e53e3e', fillOpacity: 0.9 }
            : { color: '#52606d', weight: 1, fillColor: riskShareColour(highRiskShare(f.properties?.byRiskLevel, f.properties?.households)), fillOpacity: 0.75 }
        }
        tooltip={(f) => {
          const p = f.properties ?? {};
          if (p.kind === 'HOUSEHOLD') return `${p.regionName} · ${t('enums.RiskLevel.HIGH')}`;
          return t('office.householdsTooltip', { name: p.regionName, households: p.households ?? 0, ...countsByLevel(p.byRiskLevel) });
        }}
      />
      <div className="legend" aria-label={t('office.householdsLegend')}>
        <span>{t('office.householdsLegend')}</span>
        {riskShareSteps.map((share) => (
          <span key={share}>
            <i style={{ background: riskShareColour(share) }} /> ≥ {formatPercent(share, i18n.language)}
          </span>
        ))}
        <span>
          <i style={{ background: riskShareColour(null) }} /> {t('office.noData')}
        </span>
      </div>
    </section>
  );
}
