import { useTranslation } from 'react-i18next';
import { formatDays, formatPercent } from '../lib/format';

interface Figures {
  collected: number;
  cleared: number;
  open: number;
  overdue: number;
  cancelled: number;
  clearanceRate?: number | null;
  medianDaysToClear?: number | null;
}

/** One row of figures per area, category or month. */
export function FiguresTable({ title, groups, testId }: { title: string; groups: Array<{ key: string; label: string; figures: Figures }>; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            <th>{title}</th>
            <th className="num">{t('office.collected')}</th>
            <th className="num">{t('office.cleared')}</th>
            <th className="num">{t('office.open')}</th>
            <th className="num">{t('office.overdue')}</th>
            <th className="num">{t('office.rate')}</th>
            <th className="num">{t('office.median')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key} data-key={g.key}>
              <td>{g.label || t('office.none')}</td>
              <td className="num">{g.figures.collected}</td>
              <td className="num">{g.figures.cleared}</td>
              <td className="num">{g.figures.open}</td>
              <td className="num">{g.figures.overdue}</td>
              <td className="num">{formatPercent(g.figures.clearanceRate, i18n.language)}</td>
              <td className="num">{formatDays(g.figures.medianDaysToClear, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Kpis({ figures }: { figures: Figures & { p90DaysToClear?: number | null } }) {
  const { t, i18n } = useTranslation();
  const items: Array<[string, string, string]> = [
    ['rate', t('office.rate'), formatPercent(figures.clearanceRate, i18n.language)],
    ['collected', t('office.collected'), String(figures.collected)],
    ['cleared', t('office.cleared'), String(figures.cleared)],
    ['open', t('office.open'), String(figures.open)],
    ['overdue', t('office.overdue'), String(figures.overdue)],
    ['median', t('office.median'), formatDays(figures.medianDaysToClear, i18n.language)],
  ];
  return (
    <div className="kpis">
      {items.map(([key, label, value]) => (
        <div key={key} className={`kpi kpi-${key}`} data-testid={`kpi-${key}`}>
          <div className="value">{value}</div>
          <div className="label">{label}</div>
        </div>
      ))}
    </div>
  );
}
