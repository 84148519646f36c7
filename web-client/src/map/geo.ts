import type { Feature, Geometry, Point } from 'geojson';

export interface RegionShape {
  code: string;
  name: string;
  boundary?: { coordinates: number[][][] } | null;
  children?: RegionShape[] | null;
}

export interface NeedPointProperties {
  kind: 'needs';
  key: string;
  count: number;
  needIds: string[];
}

/** Every region of the tree that has a boundary, as GeoJSON polygons (parents before children). */
export function regionFeatures(regions: RegionShape[]): Feature<Geometry, { kind: 'region'; code: string; name: string }>[] {
  const features: Feature<Geometry, { kind: 'region'; code: string; name: string }>[] = [];
  const visit = (region: RegionShape) => {
    if (region.boundary?.coordinates?.length) {
      features.push({
        type: 'Feature',
        id: region.code,
        geometry: { type: 'Polygon', coordinates: region.boundary.coordinates },
        properties: { kind: 'region', code: region.code, name: region.name },
      });
    }
    region.children?.forEach(visit);
  };
  regions.forEach(visit);
  return features;
}

/**
 * Needs are placed at their community's centroid (the household's point is personal), so many
 * share one point: one marker per point, sized by how many needs it stands for.
 */
export function groupNeedPoints(needs: Array<{ id: string; approximateLocation: { coordinates: number[] } }>): Feature<Point, NeedPointProperties>[] {
  const groups = new Map<string, { coordinates: number[]; needIds: string[] }>();
  for (const need of needs) {
    const [lon, lat] = need.approximateLocation.coordinates;
    const key = `${lon.toFixed(5)},${lat.toFixed(5)}`;
    const group = groups.get(key) ?? { coordinates: [lon, lat], needIds: [] };
    group.needIds.push(need.id);
    groups.set(key, group);
  }
  return [...groups].map(([key, group]) => ({
    type: 'Feature',
    id: key,
    geometry: { type: 'Point', coordinates: group.coordinates },
    properties: { kind: 'needs', key, count: group.needIds.length, needIds: group.needIds },
  }));
}

/** A colour from pale to deep for a value 0..1 (the choropleth's scale); grey when unknown. */
export function rateColour(rate: number | null | undefined): string {
  if (rate == null || Number.isNaN(rate)) return '#cbd2d9';
  const scale = ['#fde0dd', '#fcc5c0', '#fa9fb5', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
  const index = Math.min(scale.length - 1, Math.max(0, Math.floor(rate * scale.length)));
  return scale[index];
}
