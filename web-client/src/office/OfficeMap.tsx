import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Feature } from 'geojson';
import { ErrorMessage } from '../components/ErrorMessage';
import { NeedsMapQuery } from '../graphql/clearance';
import { formatPercent } from '../lib/format';
import { rateColour } from '../map/geo';
import { MapView } from '../map/MapView';
import { HouseholdsMap } from './HouseholdsMap';

const legend = [0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9];

/** The needs map as a choropleth of clearance rates, with open needs as points for those who may see them. */
export function OfficeMap({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const [layer, setLayer] = useState<'needs' | 'households'>('needs');
  return (
    <>
      <div className="actions map-layers" role="group" aria-label={t('office.mapLayer')}>
        {(['needs', 'households'] as const).map((l) => (
          <label key={l} className="check">
            <input type="radio" name="map-layer" value={l} checked={layer === l} onChange={() => setLayer(l)} />
            {t(`office.layer.${l}`)}
          </label>
        ))}
      </div>
      {layer === 'needs' ? <NeedsLayer regionCode={regionCode} /> : <HouseholdsMap regionCode={regionCode} />}
    </>
  );
}

function NeedsLayer({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, error }] = useQuery({ query: NeedsMapQuery, variables: { regionCode } });
  // The API's FeatureCollection goes to Leaflet as it is.
  const features = useMemo(() => (data?.needsMap.features ?? []) as unknown as Feature[], [data]);

  return (
    <section className="card" aria-labelledby="map-title">
      <h2 id="map-title">{t('office.mapTitle')}</h2>
      <ErrorMessage error={error} />
      <MapView
        label={t('office.mapTitle')}
        features={features}
        fitKey={regionCode}
        style={(f) =>
          f.properties?.kind === 'NEED'
            ? { radius: 4, color: '#1f2933', weight: 1, fillColor: f.properties.urgency === 'CRITICAL' ? '#e53e3e' : '#f6ad55', fillOpacity: 0.9 }
            : { color: '#52606d', weight: 1, fillColor: rateColour(f.properties?.clearanceRate), fillOpacity: 0.75 }
        }
        tooltip={(f) => {
          const p = f.properties ?? {};
          return p.kind === 'NEED'
            ? `${p.regionName} · ${t(`enums.Urgency.${p.urgency}`)} · ${t(`enums.NeedStatus.${p.status}`)}`
            : t('office.mapTooltip', { name: p.regionName, rate: formatPercent(p.clearanceRate, i18n.language), cleared: p.cleared ?? 0, collected: p.collected ?? 0, overdue: p.overdue ?? 0 });
        }}
      />
      <div className="legend" aria-label={t('office.legend')}>
        <span>{t('office.legend')}</span>
        {legend.map((rate) => (
          <span key={rate}>
            <i style={{ background: rateColour(rate) }} /> {formatPercent(rate, i18n.language)}
          </span>
        ))}
        <span>
          <i style={{ background: rateColour(null) }} /> {t('office.noData')}
        </span>
      </div>
    </section>
  );
}
