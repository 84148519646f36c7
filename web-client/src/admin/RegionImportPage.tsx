import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { Problems } from '../components/ErrorMessage';
import { FieldProblem } from '../components/FieldProblem';
import { placeProblems, problemsOf } from '../graphql/errors';
import { ImportRegionsMutation } from '../graphql/regionImports';
import { DistrictsQuery, RegionChildrenQuery } from '../graphql/regions';
import { RegionImportResultView } from './RegionImportResult';
import { applyBlocker, maxRequestBytes, requestBytes, type Preview, type RegionImportResult } from './regionImport';

/**
 * Admins load regions from a GeoJSON FeatureCollection, pasted or chosen as a file: "Preview"
 * asks the API what it would add and change and what it refuses (nothing is written); "Apply" is
 * offered once a preview of this very text found no problem, and writes it in one transaction.
 */
export function RegionImportPage() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [applied, setApplied] = useState<RegionImportResult | null>(null);
  const [previewing, runPreview] = useMutation(ImportRegionsMutation);
  const [applying, runApply] = useMutation(ImportRegionsMutation);
  const blocker = applyBlocker(text, preview);
  const busy = previewing.fetching || applying.fetching;
  const { byField, rest } = placeProblems(problemsOf(previewing.error ?? applying.error), ['geojson']);
  const current = preview?.text === text ? preview.result : null;

  const change = (next: string) => {
    setText(next);
    setApplied(null);
  };
  const doPreview = async () => {
    const sent = text;
    const r = await runPreview({ geojson: sent, dryRun: true });
    if (r.data) setPreview({ text: sent, result: r.data.importRegions });
  };
  const doApply = async () => {
    const r = await runApply({ geojson: text, dryRun: false });
    const result = r.data?.importRegions;
    if (!result) return;
    if (!result.applied) {
      // Refused after all (someone imported meanwhile): its problems replace the preview's.
      setPreview({ text, result });
      return;
    }
    setApplied(result);
    setPreview(null);
    // The region pickers read the tree from urql's cache: read it again so that the new regions appear.
    void client.query(DistrictsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    for (const parentCode of new Set(result.added.map((a) => a.parentCode).filter((c): c is string => !!c))) {
      void client.query(RegionChildrenQuery, { parentCode }, { requestPolicy: 'network-only' }).toPromise();
    }
  };

  return (
    <div className="page">
      <div className="page-title">
        <h2>{t('regionImport.title')}</h2>
      </div>
      <p className="hint">{t('regionImport.hint')}</p>
      <form
        className="stack"
        aria-label={t('regionImport.title')}
        onSubmit={(e) => {
          e.preventDefault();
          void doPreview();
        }}
      >
        <label className="file-pick">
          {t('regionImport.file')}
          <input
            type="file"
            name="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setFileName(file.name);
              void file.text().then(change);
            }}
          />
        </label>
        <label>
          {t('regionImport.text')}
          <textarea
            name="geojson"
            rows={10}
            spellCheck={false}
            className="code"
            value={text}
            placeholder='{"type": "FeatureCollection", "features": [ … ]}'
            aria-invalid={!!byField.geojson || blocker === 'tooLarge'}
            aria-describedby="geojson-size geojson-problem"
            onChange={(e) => {
              setFileName(null);
              change(e.target.value);
            }}
          />
          <small className="hint" id="geojson-size">
            {fileName ? `${fileName} · ` : ''}
            {t('regionImport.size', { size: (requestBytes(text) / 1000).toLocaleString(i18n.language, { maximumFractionDigits: 0 }), max: (maxRequestBytes / 1000).toLocaleString(i18n.language) })}
          </small>
          <FieldProblem name="geojson" check={blocker === 'tooLarge' ? { key: 'regionImport.tooLarge' } : undefined} problem={byField.geojson} />
        </label>
        <div className="actions">
          <button type="submit" disabled={busy || blocker === 'empty' || blocker === 'tooLarge'}>
            {previewing.fetching ? t('common.working') : t('regionImport.preview')}
          </button>
          <button type="button" className="primary" data-testid="apply-import" disabled={busy || blocker !== null} onClick={() => void doApply()}>
            {applying.fetching ? t('common.working') : t('regionImport.apply')}
          </button>
        </div>
        {blocker && blocker !== 'empty' && blocker !== 'tooLarge' && (
          <p className="hint" data-testid="apply-blocked" data-blocker={blocker}>
            {t(`regionImport.blocked.${blocker}`)}
          </p>
        )}
        <Problems problems={rest} />
      </form>
      {applied && (
        <section className="card" data-testid="import-applied">
          <p className="success" role="status">
            {t('regionImport.applied', { added: applied.added.length, changed: applied.changed.length, unchanged: applied.unchanged })}
          </p>
          <RegionImportResultView result={applied} />
        </section>
      )}
      {current && !applied && (
        <section className="card" data-testid="import-preview">
          <h3>{t(current.dryRun ? 'regionImport.previewTitle' : 'regionImport.refusedTitle')}</h3>
          <RegionImportResultView result={current} />
        </section>
      )}
    </div>
  );
}
