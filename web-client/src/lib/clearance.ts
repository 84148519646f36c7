/** The dashboard's choices, kept apart from the pages so that they can be tested. */
export type Level = 'DISTRICT' | 'SUB_DISTRICT' | 'COMMUNITY';
export type AreaGroup = 'SUBDISTRICT' | 'COMMUNITY' | 'CATEGORY';

/** The areas one level below the region: a district by sub-district, a sub-district by community. */
export function areaGroupFor(level: Level | undefined): AreaGroup {
  if (level === 'DISTRICT') return 'SUBDISTRICT';
  if (level === 'SUB_DISTRICT') return 'COMMUNITY';
  return 'CATEGORY';
}

export type PeriodPreset = 'all' | 'year' | 'last12' | 'last90';
export interface Period {
  from: string | null;
  to: string | null;
}

/** A period as the API's DateOnly bounds, both included. */
export function periodFor(preset: PeriodPreset, today: string): Period {
  const [y, m, d] = today.split('-').map(Number);
  const shift = (days: number) => new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  switch (preset) {
    case 'all':
      return { from: null, to: null };
    case 'year':
      return { from: `${y}-01-01`, to: today };
    case 'last12':
      return { from: new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10), to: today };
    case 'last90':
      return { from: shift(-89), to: today };
  }
}

interface MonthGroup {
  key: string;
  figures: { collected: number; cleared: number; clearanceRate?: number | null };
}

/**
 * The monthly trend with no gaps: a month with nothing collected is a zero, not a missing point,
 * so that the line does not jump over it.
 */
export function monthSeries(groups: MonthGroup[]): Array<{ month: string; collected: number; cleared: number; rate: number | null }> {
  const sorted = [...groups].filter((g) => /^\d{4}-\d{2}$/.test(g.key)).sort((a, b) => a.key.localeCompare(b.key));
  if (!sorted.length) return [];
  const byKey = new Map(sorted.map((g) => [g.key, g.figures]));
  const series = [];
  let [year, month] = sorted[0].key.split('-').map(Number);
  const last = sorted[sorted.length - 1].key;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const f = byKey.get(key);
    series.push({ month: key, collected: f?.collected ?? 0, cleared: f?.cleared ?? 0, rate: f?.clearanceRate ?? null });
    if (key === last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return series;
}

/** The export's URL; the file is fetched with the bearer token, never by a bare link. */
export function ledgerExportUrl(regionCode: string, period: Period, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams({ regionCode, format });
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  return `/exports/needs-ledger?${params}`;
}
