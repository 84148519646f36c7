import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../lib/format';
import { monthSeries } from '../lib/clearance';

interface Group {
  key: string;
  label: string;
  figures: { collected: number; cleared: number; open: number; overdue: number; clearanceRate?: number | null };
}

/** Needs collected and cleared each month, with the clearance rate on its own axis. */
export function TrendChart({ groups }: { groups: Group[] }) {
  const { t, i18n } = useTranslation();
  const series = monthSeries(groups).map((m) => ({ ...m, ratePercent: m.rate == null ? null : Math.round(m.rate * 1000) / 10 }));
  if (!series.length) return <p className="hint">{t('office.noTrend')}</p>;
  return (
    <div className="chart" data-testid="trend-chart">
      <ResponsiveContainer>
        <LineChart data={series} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis yAxisId="count" allowDecimals={false} fontSize={12} />
          <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" fontSize={12} />
          <Tooltip formatter={(value, name) => (name === t('office.rate') ? formatPercent(Number(value) / 100, i18n.language) : value)} />
          <Legend />
          <Line isAnimationActive={false} yAxisId="count" dataKey="collected" name={t('office.collected')} stroke="#3e8ede" strokeWidth={2} />
          <Line isAnimationActive={false} yAxisId="count" dataKey="cleared" name={t('office.cleared')} stroke="#2f855a" strokeWidth={2} />
          <Line isAnimationActive={false} yAxisId="rate" dataKey="ratePercent" name={t('office.rate')} stroke="#b7791f" strokeDasharray="4 3" connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Cleared, open and overdue needs per area or category, stacked. */
export function GroupBarChart({ groups }: { groups: Group[] }) {
  const { t } = useTranslation();
  const data = groups.map((g) => ({
    label: g.label || t('office.none'),
    cleared: g.figures.cleared,
    open: g.figures.open - g.figures.overdue,
    overdue: g.figures.overdue,
  }));
  if (!data.length) return null;
  return (
    <div className="chart" style={{ height: Math.max(180, data.length * 34 + 60) }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} fontSize={12} />
          <YAxis type="category" dataKey="label" width={110} fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar isAnimationActive={false} dataKey="cleared" stackId="a" name={t('office.cleared')} fill="#2f855a" />
          <Bar isAnimationActive={false} dataKey="open" stackId="a" name={t('office.openInTime')} fill="#90cdf4" />
          <Bar isAnimationActive={false} dataKey="overdue" stackId="a" name={t('office.overdue')} fill="#e53e3e" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
