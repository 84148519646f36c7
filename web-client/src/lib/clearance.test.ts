import { areaGroupFor, ledgerExportUrl, monthSeries, periodFor } from './clearance';
import { fileNameFrom } from './download';
import { formatDistance, formatPercent } from './format';

describe('monthSeries', () => {
  it('sorts the months and fills the empty ones with zeros', () => {
    const figures = (collected: number, cleared: number, clearanceRate: number | null) => ({ collected, cleared, clearanceRate });
    const series = monthSeries([
      { key: '2026-02', figures: figures(4, 1, 0.25) },
      { key: '2025-12', figures: figures(10, 5, 0.5) },
    ]);
    expect(series).toEqual([
      { month: '2025-12', collected: 10, cleared: 5, rate: 0.5 },
      { month: '2026-01', collected: 0, cleared: 0, rate: null },
      { month: '2026-02', collected: 4, cleared: 1, rate: 0.25 },
    ]);
  });

  it('ignores keys that are not months and has nothing for no groups', () => {
    expect(monthSeries([{ key: '', figures: { collected: 1, cleared: 0 } }])).toEqual([]);
  });
});

describe('the dashboard choices', () => {
  it('groups a region by the level below it', () => {
    expect(areaGroupFor('DISTRICT')).toBe('SUBDISTRICT');
    expect(areaGroupFor('SUB_DISTRICT')).toBe('COMMUNITY');
    expect(areaGroupFor('COMMUNITY')).toBe('CATEGORY');
  });

  it('turns presets into inclusive date bounds', () => {
    expect(periodFor('all', '2026-11-22')).toEqual({ from: null, to: null });
    expect(periodFor('year', '2026-11-22')).toEqual({ from: '2026-01-01', to: '2026-11-22' });
    expect(periodFor('last90', '2026-11-22')).toEqual({ from: '2026-08-25', to: '2026-11-22' });
    expect(periodFor('last12', '2026-03-01')).toEqual({ from: '2025-03-02', to: '2026-03-01' });
  });

  it('builds the export URL with only the bounds it has', () => {
    expect(ledgerExportUrl('340103002000', { from: '2026-01-01', to: null }, 'xlsx')).toBe('/exports/needs-ledger?regionCode=340103002000&format=xlsx&from=2026-01-01');
  });
});

describe('formatting', () => {
  it('reads a Content-Disposition file name, the UTF-8 form first', () => {
    expect(fileNameFrom(`attachment; filename="ledger.csv"; filename*=UTF-8''%E5%8F%B0%E8%B4%A6.csv`)).toBe('台账.csv');
    expect(fileNameFrom('attachment; filename=ledger.xlsx')).toBe('ledger.xlsx');
    expect(fileNameFrom(null)).toBeNull();
  });

  it('writes distances and rates in the reader’s language', () => {
    expect(formatDistance(850, 'zh-CN')).toBe('850 米');
    expect(formatDistance(2500, 'en')).toBe('2.5 km');
    expect(formatDistance(null, 'en')).toBe('—');
    expect(formatPercent(0.6969, 'en')).toBe('69.7%');
    expect(formatPercent(null, 'zh-CN')).toBe('—');
  });
});
