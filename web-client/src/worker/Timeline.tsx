import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';

interface Event {
  id: string;
  at: string;
  actor: string;
  kind: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
}

/** Every change of the need, newest first (the API gives them oldest first). */
export function Timeline({ events }: { events: Event[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="timeline" data-testid="timeline">
      {[...events].reverse().map((e) => (
        <li key={e.id}>
          <div>
            <strong>{t(`enums.NeedEventKind.${e.kind}`)}</strong>
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
              <span className="hint">
                {' '}
                {t(`enums.NeedStatus.${e.fromStatus}`)} → {t(`enums.NeedStatus.${e.toStatus}`)}
              </span>
            )}
          </div>
          {e.note && <p className="note">{e.note}</p>}
          <small>
            {e.actor === 'system' ? t('timeline.system') : e.actor} · {formatDateTime(e.at, i18n.language)}
          </small>
        </li>
      ))}
    </ol>
  );
}
