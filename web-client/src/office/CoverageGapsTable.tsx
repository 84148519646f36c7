import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { categoryName } from '../graphql/categories';
import { CoverageGapsQuery } from '../graphql/clearance';

/** Where open needs have no resource or project within reach: where to recruit donors. */
export function CoverageGapsTable({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, error }] = useQuery({ query: CoverageGapsQuery, variables: { regionCode } });
  const gaps = data?.coverageGaps;
  return (
    <section className="card" aria-labelledby="gaps-title" data-testid="coverage-gaps">
      <h2 id="gaps-title">{t('office.gapsTitle')}</h2>
      <ErrorMessage error={error} />
      {gaps && <p className="hint">{t('office.gapsSummary', { uncovered: gaps.uncoveredNeeds, open: gaps.openNeeds })}</p>}
      {gaps && !gaps.gaps.length && <EmptyState title={t('office.noGapsTitle')} hint={t('office.noGapsHint')} />}
      {gaps && gaps.gaps.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('office.category')}</th>
                <th>{t('office.community')}</th>
                <th className="num">{t('office.uncovered')}</th>
                <th className="num">{t('office.open')}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.gaps.map((g) => (
                <tr key={`${g.category.code}:${g.region.code}`}>
                  <td>{categoryName(g.category, i18n.language)}</td>
                  <td>{g.region.name}</td>
                  <td className="num">{g.uncoveredNeeds}</td>
                  <td className="num">{g.openNeeds}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {gaps && gaps.gaps.length > 0 && <p className="hint">{t('office.gapsHint')}</p>}
    </section>
  );
}
