import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { ledgerExportUrl, type Period } from '../lib/clearance';
import { DownloadError, downloadWithToken } from '../lib/download';

/** The needs ledger of the region and period as a file for the office's records. */
export function ExportButtons({ regionCode, period }: { regionCode: string; period: Period }) {
  const { t } = useTranslation();
  const { getToken } = useAuth();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function download(format: 'csv' | 'xlsx') {
    setBusy(format);
    setOutcome(null);
    try {
      const name = await downloadWithToken(ledgerExportUrl(regionCode, period, format), await getToken(), `needs-ledger-${regionCode}.${format}`);
      setOutcome({ ok: true, text: t('office.exportDone', { name }) });
    } catch (e) {
      const status = e instanceof DownloadError ? e.status : 0;
      const key = status === 404 ? 'office.exportMissing' : status === 401 ? 'errors.UNAUTHENTICATED' : status === 403 ? 'errors.FORBIDDEN' : 'errors.NETWORK';
      setOutcome({ ok: false, text: t(key) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export">
      <div className="actions">
        {(['xlsx', 'csv'] as const).map((format) => (
          <button key={format} type="button" disabled={busy !== null} onClick={() => void download(format)} data-testid={`export-${format}`}>
            {busy === format ? t('office.exportPreparing') : t(`office.export_${format}`)}
          </button>
        ))}
      </div>
      {outcome && (
        <p className={outcome.ok ? 'success' : 'error'} role="status">
          {outcome.text}
        </p>
      )}
    </div>
  );
}
