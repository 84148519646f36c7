import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';

/**
 * Said to a suspended organisation's staff wherever they work: why, since when, and what it means
 * (its resources are held; it can post and accept nothing until the sub-district office verifies it again).
 */
export function SuspendedNotice({ organisation }: { organisation: { isSuspended: boolean; suspendedAt?: string | null; suspensionReason?: string | null } | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!organisation?.isSuspended) return null;
  return (
    <div className="warning" role="alert" data-testid="organisation-suspended">
      <strong>{t('org.suspendedTitle')}</strong>
      {organisation.suspendedAt && <span> · {t('org.suspendedSince', { at: formatDateTime(organisation.suspendedAt, i18n.language) })}</span>}
      {organisation.suspensionReason && (
        <p>
          {t('org.suspendedReason')} <q data-testid="suspension-reason">{organisation.suspensionReason}</q>
        </p>
      )}
      <p className="hint">{t('org.suspendedHint')}</p>
    </div>
  );
}
