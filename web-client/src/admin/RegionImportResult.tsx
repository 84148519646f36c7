import { useTranslation } from 'react-i18next';
import { importCounts, type RegionImportResult } from './regionImport';

/**
 * What a region file adds, changes and leaves, and every problem of every refused feature (by its
 * index in "features", from 0), as the API answered a preview or an import.
 */
export function RegionImportResultView({ result }: { result: RegionImportResult }) {
  const { t } = useTranslation();
  const counts = importCounts(result);
  const level = (l: string) => t(`enums.RegionLevel.${l}`);
  const population = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString());
  return (
    <div className="import-result">
      <p data-testid="import-summary">{t('regionImport.summary', counts)}</p>
      {result.problems.length > 0 && (
        <>
          <h4>{t('regionImport.problemsTitle')}</h4>
          <p className="hint">{t('regionImport.problemsHint')}</p>
          <div className="table-wrap">
            <table data-testid="import-problems">
              <thead>
                <tr>
                  <th className="num">{t('regionImport.index')}</th>
                  <th>{t('regionImport.code')}</th>
                  <th>{t('regionImport.problem')}</th>
                  <th>{t('regionImport.message')}</th>
                </tr>
              </thead>
              <tbody>
                {result.problems.map((p, i) => (
                  <tr key={i} className="row-error" data-index={p.index} data-problem={p.problem}>
                    <td className="num">{p.index}</td>
                    <td>{p.code ? <code>{p.code}</code> : '—'}</td>
                    <td>
                      {t(`enums.RegionImportProblemCode.${p.problem}`)} <code className="hint">{p.problem}</code>
                    </td>
                    <td lang="en">{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {result.added.length > 0 && (
        <>
          <h4>{t('regionImport.addedTitle')}</h4>
          <div className="table-wrap">
            <table data-testid="import-added">
              <thead>
                <tr>
                  <th className="num">{t('regionImport.index')}</th>
                  <th>{t('regionImport.code')}</th>
                  <th>{t('regionImport.name')}</th>
                  <th>{t('regionImport.level')}</th>
                  <th>{t('regionImport.parent')}</th>
                  <th className="num">{t('regionImport.population')}</th>
                  <th>{t('regionImport.boundary')}</th>
                </tr>
              </thead>
              <tbody>
                {result.added.map((a) => (
                  <tr key={a.code} data-code={a.code}>
                    <td className="num">{a.index}</td>
                    <td>
                      <code>{a.code}</code>
                    </td>
                    <td>{a.name}</td>
                    <td>{level(a.level)}</td>
                    <td>{a.parentCode ? <code>{a.parentCode}</code> : '—'}</td>
                    <td className="num">{population(a.population)}</td>
                    <td>{t(a.hasBoundary ? 'regionImport.hasBoundary' : 'regionImport.centroidOnly')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {result.changed.length > 0 && (
        <>
          <h4>{t('regionImport.changedTitle')}</h4>
          <div className="table-wrap">
            <table data-testid="import-changed">
              <thead>
                <tr>
                  <th className="num">{t('regionImport.index')}</th>
                  <th>{t('regionImport.code')}</th>
                  <th>{t('regionImport.level')}</th>
                  <th>{t('regionImport.name')}</th>
                  <th className="num">{t('regionImport.population')}</th>
                  <th>{t('regionImport.shape')}</th>
                </tr>
              </thead>
              <tbody>
                {result.changed.map((c) => (
                  <tr key={c.code} data-code={c.code}>
                    <td className="num">{c.index}</td>
                    <td>
                      <code>{c.code}</code>
                    </td>
                    <td>{level(c.level)}</td>
                    <td>{c.nameChanged ? <Change before={c.nameBefore} after={c.nameAfter} /> : c.nameAfter}</td>
                    <td className="num">{c.populationChanged ? <Change before={population(c.populationBefore)} after={population(c.populationAfter)} /> : population(c.populationAfter)}</td>
                    <td>
                      {c.boundaryChanged && <span className="badge">{t('regionImport.boundaryChanged')}</span>} {c.centroidChanged && <span className="badge">{t('regionImport.centroidChanged')}</span>}
                      {!c.boundaryChanged && !c.centroidChanged && '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

function Change({ before, after }: { before: string; after: string }) {
  return (
    <span className="changes">
      <del>{before}</del> → <ins>{after}</ins>
    </span>
  );
}
