import { useEffect, useRef } from 'react';
import L from 'leaflet';
import type { Feature } from 'geojson';
import { useAuth } from '../auth/AuthContext';

export interface PickedPoint {
  latitude: number;
  longitude: number;
}

interface Props {
  features: Feature[];
  /** Style of polygons, and of points drawn as circle markers. */
  style?(feature: Feature): L.PathOptions & { radius?: number };
  tooltip?(feature: Feature): string | null;
  /** A label always shown on a point (e.g. how many needs it stands for). */
  pointLabel?(feature: Feature): string | null;
  onFeatureClick?(feature: Feature): void;
  /** A location being chosen, with its reach drawn around it. */
  pick?: { point: PickedPoint | null; radiusMeters?: number; onPick(point: PickedPoint): void };
  /** Refit the view when this changes (not on every redraw, so a person's panning is kept). */
  fitKey?: string;
  label: string;
  className?: string;
}

/**
 * A Leaflet map of the API's GeoJSON. No tile server is assumed: shapes and points are drawn on a
 * plain background, over tiles only when config.json names a tile URL.
 */
export function MapView({ features, style, tooltip, pointLabel, onFeatureClick, pick, fitKey, label, className }: Props) {
  const { config } = useAuth();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const data = useRef<L.GeoJSON | null>(null);
  const picked = useRef<L.LayerGroup | null>(null);
  const fitted = useRef<string | undefined>(undefined);
  const handlers = useRef({ style, tooltip, pointLabel, onFeatureClick, onPick: pick?.onPick });
  handlers.current = { style, tooltip, pointLabel, onFeatureClick, onPick: pick?.onPick };

  useEffect(() => {
    const instance = L.map(container.current!, { zoomSnap: 0.25, attributionControl: !!config.tiles, zoomAnimation: !!config.tiles });
    instance.setView([31.86, 117.29], 13);
    if (config.tiles) L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution ?? '' }).addTo(instance);
    picked.current = L.layerGroup().addTo(instance);
    instance.on('click', (e: L.LeafletMouseEvent) =>
      handlers.current.onPick?.({ latitude: round(e.latlng.lat), longitude: round(e.latlng.lng) }),
    );
    map.current = instance;
    return () => {
      // A map taken away in the middle of a zoom would finish it on removed panes.
      instance.stop();
      instance.remove();
      map.current = null;
    };
  }, [config.tiles]);

  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    data.current?.remove();
    const layer = L.geoJSON(features, {
      style: (f) => (f ? handlers.current.style?.(f) ?? {} : {}),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 8, ...handlers.current.style?.(f) }),
      onEachFeature: (f, l) => {
        const text = handlers.current.tooltip?.(f);
        if (text) l.bindTooltip(text, { sticky: true });
        const permanent = handlers.current.pointLabel?.(f);
        if (permanent) l.bindTooltip(permanent, { permanent: true, direction: 'center', className: 'point-label' });
        l.on('click', (e) => {
          if (handlers.current.onFeatureClick) {
            L.DomEvent.stopPropagation(e);
            handlers.current.onFeatureClick(f);
          }
        });
      },
    }).addTo(instance);
    data.current = layer;
    if (fitted.current !== fitKey && features.length) {
      const bounds = layer.getBounds();
      if (bounds.isValid()) instance.fitBounds(bounds.pad(0.15), { maxZoom: 16, animate: false });
      fitted.current = fitKey;
    }
  }, [features, fitKey]);

  const point = pick?.point;
  const radius = pick?.radiusMeters;
  useEffect(() => {
    const group = picked.current;
    if (!group) return;
    group.clearLayers();
    if (!point) return;
    const at = L.latLng(point.latitude, point.longitude);
    L.circleMarker(at, { radius: 7, color: '#d64545', fillOpacity: 0.9 }).addTo(group);
    if (radius) {
      const circle = L.circle(at, { radius, color: '#d64545', weight: 1, fillOpacity: 0.08 }).addTo(group);
      if (!features.length) map.current?.fitBounds(circle.getBounds(), { maxZoom: 16, animate: false });
    }
  }, [point, radius, features.length]);

  return <div ref={container} className={`map ${className ?? ''}`} role="region" aria-label={label} data-testid="map" />;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
