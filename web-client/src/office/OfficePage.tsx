import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { PeriodSelect } from '../components/PeriodSelect';
import { RegionSelect } from '../components/RegionSelect';
import { categoryName, useCategories } from '../graphql/categories';
import { ClearanceDashboardQuery } from '../graphql/clearance';
import { OfficeRegionQuery } from '../graphql/regions';
import { areaGroupFor, periodFor, type PeriodPreset } from '../lib/clearance';
import { todayIso } from '../lib/format';
import { AllocationPanel } from './AllocationPanel';
import { GroupBarChart, TrendChart } from './ClearanceCharts';
import { CoverageGapsTable } from './CoverageGapsTable';
import { ExportButtons } from './ExportButtons';
import { FiguresTable, Kpis } from './FiguresTable';
import { OfficeMap } from './OfficeMap';
import { FollowUpList } from './FollowUpList';
import { OverdueList } from './OverdueList';

/** The sub-district office's clearance dashboard (销号看板). */
export function OfficePage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { byCode } = useCategories();
  const [picked, setPicked] = useState<string | null>(null);
  const [preset, setPreset] = useState<PeriodPreset>('all');
  const regionCode = picked ?? session.regionCode;
  const period = periodFor(preset, todayIso());

  const [region] = useQuery({ query: OfficeRegionQuery, variables: { code: regionCode ?? '' }, pause: !regionCode });
  const level = region.data?.region?.level;
  const areaGroup = areaGroupFor(level);
  const [{ data, fetching, error }] = useQuery({
    query: ClearanceDashboardQuery,
    variables: { regionCode: regionCode ?? '', from: period.from, to: period.to, areaGroup },
    pause: !regionCode || !level,
  });

  return (
    <div className="page office-page">
      <div className="page-title">
        <h1>{t('office.title')}</h1>
        {region.data?.region && (
          <span className="count" data-testid="office-region">
            {region.data.region.parent?.name} {region.data.region.name}
          </span>
        )}
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        {session.role === 'ADMIN' && <RegionSelect label={t('office.region')} emptyLabel={t('office.pickRegion')} value={regionCode} onChange={setPicked} />}
        <PeriodSelect value={preset} onChange={setPreset} />
      </form>
      {!regionCode && <EmptyState title={t('office.pickRegionTitle')} hint={t('office.pickRegionHint')} />}
      <ErrorMessage error={error ?? region.error} />
      {fetching && !data && <Loading />}
      {data && regionCode && (
        <>
          <Kpis figures={data.byArea.total} />
          {data.byArea.total.collected === 0 && <EmptyState title={t('office.emptyTitle')} hint={t('office.emptyHint')} />}
          <section className="card" aria-labelledby="export-title">
            <h2 id="export-title">{t('office.exportTitle')}</h2>
            <ExportButtons regionCode={regionCode} period={period} />
          </section>
          <div className="columns">
            <section className="card" aria-labelledby="trend-title">
              <h2 id="trend-title">{t('office.trendTitle')}</h2>
              <TrendChart groups={data.byMonth.groups} />
            </section>
            <OfficeMap regionCode={regionCode} />
          </div>
          {areaGroup !== 'CATEGORY' && (
            <section className="card" aria-labelledby="area-title">
              <h2 id="area-title">{t(areaGroup === 'COMMUNITY' ? 'office.byCommunity' : 'office.bySubDistrict')}</h2>
              <GroupBarChart groups={data.byArea.groups} />
              <FiguresTable title={t(areaGroup === 'COMMUNITY' ? 'office.community' : 'office.subDistrict')} groups={data.byArea.groups} testId="by-area" />
            </section>
          )}
          <section className="card" aria-labelledby="category-title">
            <h2 id="category-title">{t('office.byCategory')}</h2>
            <FiguresTable
              title={t('office.category')}
              groups={data.byCategory.groups.map((g) => ({ ...g, label: categoryName(byCode.get(g.key), i18n.language, g.label) }))}
              testId="by-category"
            />
          </section>
          <div className="columns">
            <OverdueList regionCode={regionCode} />
            <CoverageGapsTable regionCode={regionCode} />
          </div>
          <FollowUpList regionCode={regionCode} />
          <AllocationPanel key={regionCode} regionCode={regionCode} />
        </>
      )}
    </div>
  );
}
