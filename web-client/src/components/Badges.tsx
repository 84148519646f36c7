import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status.toLowerCase()}`}>{t(`enums.NeedStatus.${status}`)}</span>;
}

export function UrgencyBadge({ urgency }: { urgency: string }) {
  const { t } = useTranslation();
  return <span className={`badge urgency-${urgency.toLowerCase()}`}>{t(`enums.Urgency.${urgency}`)}</span>;
}

export function MatchStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge match-${status.toLowerCase()}`}>{t(`enums.MatchStatus.${status}`)}</span>;
}
