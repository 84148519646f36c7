import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { ProgressBar } from '../components/ProgressBar';
import { categoryName, useCategories } from '../graphql/categories';
import { RegisterHouseholdMutation } from '../graphql/households';
import { contentKey } from '../graphql/idempotency';
import { ReportNeedMutation } from '../graphql/needs';
import { CommunityQuery } from '../graphql/regions';
import { missingColumns, mapHeaders, parseRows, templateExample, templateHeaders, type ImportRow } from '../lib/needImport';
import { readSpreadsheet } from './readSpreadsheet';
import { runImport, type RowOutcome } from './runImport';

interface ChosenFile {
  fileName: string;
  digest: string;
  records: Array<Record<string, unknown>>;
}

/** Import a needs list: read the file here, show every row's problems, then send the good rows with progress. */
export function ImportPage() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useClient();
  const { list: categories } = useCategories();
  const [community] = useQuery({ query: CommunityQuery, variables: { code: session.regionCode ?? '' }, pause: !session.regionCode });
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [readError, setReadError] = useState(false);
  const [outcomes, setOutcomes] = useState<Map<number, RowOutcome>>(new Map());
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const region = community.data?.region;
  const isCommunity = region?.level === 'COMMUNITY';
  const ready = categories.length > 0 && (!session.regionCode || !!region);
  // The rows are checked against the taxonomy and the community as soon as both are known.
  const parsed = useMemo(() => {
    if (!file || !ready) return null;
    const centroid = isCommunity ? region.centroid.coordinates : null;
    const rows = parseRows(file.records, {
      categories,
      communityCode: isCommunity ? region.code : null,
      centroid: centroid ? { longitude: centroid[0], latitude: centroid[1] } : null,
    });
    const missing = missingColumns(mapHeaders(file.records.length ? Object.keys(file.records[0]) : []));
    return { ...file, rows, missing };
  }, [file, ready, categories, region, isCommunity]);
  const valid = useMemo(() => parsed?.rows.filter((r) => !r.problems.length) ?? [], [parsed]);
  const done = outcomes.size;
  const failed = [...outcomes.values()].filter((o) => o.error).length;

  async function onFile(chosen: File | undefined) {
    setFile(null);
    setOutcomes(new Map());
    setReadError(false);
    if (!chosen) return;
    try {
      const records = await readSpreadsheet(chosen);
      const digest = await contentKey([chosen.name, String(chosen.size), JSON.stringify(records)]);
      setFile({ fileName: chosen.name, digest, records });
    } catch {
      setReadError(true);
    }
  }

  async function start() {
    if (!parsed) return;
    setRunning(true);
    abort.current = new AbortController();
    const send = async <T,>(result: Promise<{ data?: T; error?: Error }>, pick: (data: T) => string) => {
      const r = await result;
      return r.data ? { id: pick(r.data) } : { error: r.error };
    };
    await runImport(
      valid.filter((r) => !outcomes.get(r.line)?.needId),
      parsed.digest,
      {
        registerHousehold: (input, idempotencyKey) =>
          send(client.mutation(RegisterHouseholdMutation, { input, idempotencyKey }).toPromise(), (d) => d.registerHousehold.id),
        reportNeed: (input, idempotencyKey) => send(client.mutation(ReportNeedMutation, { input, idempotencyKey }).toPromise(), (d) => d.reportNeed.id),
      },
      (outcome) => setOutcomes((m) => new Map(m).set(outcome.line, outcome)),
      abort.current.signal,
    );
    setRunning(false);
  }

  return (
    <div className="page">
      <h1>{t('import.title')}</h1>
      <p className="hint">{t('import.lead')}</p>
      <section className="card">
        <div className="actions">
          <label className="file-pick">
            {t('import.chooseFile')}
            <input type="file" accept=".csv,.xlsx,.xls,text/csv" data-testid="import-file" disabled={running} onChange={(e) => void onFile(e.target.files?.[0])} />
          </label>
          <button type="button" className="link-button" onClick={downloadTemplate}>
            {t('import.template')}
          </button>
        </div>
        <p className="hint">{t('import.columnsHint')}</p>
        {!isCommunity && region && <p className="hint">{t('import.communityColumnNeeded')}</p>}
        {readError && <p className="error">{t('import.unreadable')}</p>}
      </section>

      {file && !parsed && <Loading />}
      {parsed && parsed.missing.length > 0 && (
        <p className="error" role="alert">
          {t('import.missingColumns', { columns: parsed.missing.map((f) => t(`import.field.${f}`)).join('、') })}
        </p>
      )}
      {parsed && !parsed.rows.length && <EmptyState title={t('import.emptyTitle')} hint={t('import.emptyHint')} />}
      {parsed && parsed.rows.length > 0 && (
        <section className="card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('import.previewTitle', { file: parsed.fileName })}</h2>
          <p data-testid="import-summary">{t('import.summary', { valid: valid.length, invalid: parsed.rows.length - valid.length })}</p>
          <div className="actions">
            <button type="button" className="primary" data-testid="import-start" disabled={running || !valid.length || done === valid.length} onClick={() => void start()}>
              {t('import.start', { count: valid.length })}
            </button>
            {running && (
              <button type="button" onClick={() => abort.current?.abort()}>
                {t('import.stop')}
              </button>
            )}
          </div>
          {(running || done > 0) && <ProgressBar value={done} max={valid.length} label={t('import.progress')} />}
          {!running && done > 0 && (
            <p className={failed ? 'error' : 'success'} role="status" data-testid="import-result">
              {t('import.finished', { created: done - failed, failed })}
            </p>
          )}
          <PreviewTable rows={parsed.rows} outcomes={outcomes} />
        </section>
      )}
    </div>
  );
}

function PreviewTable({ rows, outcomes }: { rows: ImportRow[]; outcomes: Map<number, RowOutcome> }) {
  const { t, i18n } = useTranslation();
  const { byCode } = useCategories();
  return (
    <div className="table-wrap">
      <table data-testid="import-preview">
        <thead>
          <tr>
            <th>{t('import.line')}</th>
            <th>{t('import.field.headName')}</th>
            <th>{t('import.field.category')}</th>
            <th>{t('import.field.summary')}</th>
            <th>{t('import.field.urgency')}</th>
            <th>{t('import.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const outcome = outcomes.get(row.line);
            return (
              <tr key={row.line} className={row.problems.length || outcome?.error ? 'row-error' : ''} data-line={row.line}>
                <td>{row.line}</td>
                <td>{'input' in row.household ? row.household.input.headName : row.household.id}</td>
                <td>{categoryName(byCode.get(row.need.categoryCode), i18n.language, row.need.categoryCode)}</td>
                <td>{row.need.publicSummary}</td>
                <td>{t(`enums.Urgency.${row.need.urgency}`)}</td>
                <td>
                  {row.problems.length > 0 && (
                    <ul className="problems">
                      {row.problems.map((p) => (
                        <li key={p.field + p.problem}>
                          {t(`import.field.${p.field}`)}: {t(`import.problem.${p.problem}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {!row.problems.length && !outcome && t('import.ready')}
                  {outcome?.needId && <Link to={`/needs/${outcome.needId}`}>{t('import.created')}</Link>}
                  {outcome?.error && <ErrorMessage error={outcome.error} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function downloadTemplate() {
  const csv = '\uFEFF' + [templateHeaders, templateExample].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'needs-import-template.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
