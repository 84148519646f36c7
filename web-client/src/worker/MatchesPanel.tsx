import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MatchStatusBadge } from '../components/Badges';
import { ErrorMessage } from '../components/ErrorMessage';
import { CancelMatchMutation, MarkDeliveredMutation } from '../graphql/matching';
import { useAction } from '../graphql/useAction';
import { formatDateTime } from '../lib/format';

interface MatchData {
  id: string;
  status: string;
  quantity: number;
  proposedAt: string;
  deliveredAt?: string | null;
  resource?: { title: string; unit: string; organisation: { name: string } } | null;
  charityProject?: { name: string; organisation: { name: string } } | null;
}

/** The need's proposals and matches; its holder records deliveries and calls matches off. */
export function MatchesPanel({ matches, mayAct }: { matches: MatchData[]; mayAct: boolean }) {
  const { t } = useTranslation();
  if (!matches.length) return null;
  return (
    <section className="card" aria-labelledby="matches-title" data-testid="matches">
      <h2 id="matches-title">{t('matches.title')}</h2>
      <ul className="matches">
        {matches.map((m) => (
          <MatchRow key={m.id} match={m} mayAct={mayAct} />
        ))}
      </ul>
    </section>
  );
}

function MatchRow({ match, mayAct }: { match: MatchData; mayAct: boolean }) {
  const { t, i18n } = useTranslation();
  const [delivery, deliver] = useAction(MarkDeliveredMutation, 'markDelivered');
  const [cancellation, cancel] = useAction(CancelMatchMutation, 'cancelMatch');
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const provider = match.resource ?? match.charityProject;

  return (
    <li className="match" data-status={match.status}>
      <div>
        <strong>{match.resource?.title ?? match.charityProject?.name}</strong> <MatchStatusBadge status={match.status} />
      </div>
      <div className="meta">
        <span>{provider?.organisation.name}</span>
        {match.resource && <span>{t('matches.quantity', { count: match.quantity, unit: match.resource.unit })}</span>}
        <span>{t('matches.proposedAt', { at: formatDateTime(match.proposedAt, i18n.language) })}</span>
        {match.deliveredAt && <span>{t('matches.deliveredAt', { at: formatDateTime(match.deliveredAt, i18n.language) })}</span>}
      </div>
      {match.status === 'PROPOSED' && <p className="hint">{t('matches.waitingForOrganisation')}</p>}
      {mayAct && (match.status === 'ACCEPTED' || match.status === 'PROPOSED') && (
        <div className="actions">
          {match.status === 'ACCEPTED' && (
            <button type="button" className="primary small" disabled={delivery.fetching} onClick={() => void deliver({ matchId: match.id })}>
              {t('matches.markDelivered')}
            </button>
          )}
          <button type="button" className="small" onClick={() => setCancelling((c) => !c)}>
            {t('matches.cancel')}
          </button>
        </div>
      )}
      {cancelling && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void cancel({ matchId: match.id, reason }).then((r) => !r.error && setCancelling(false));
          }}
        >
          <label>
            {t('matches.cancelReason')}
            <input required value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="small" disabled={cancellation.fetching}>
            {t('matches.confirmCancel')}
          </button>
        </form>
      )}
      <ErrorMessage error={delivery.error ?? cancellation.error} />
    </li>
  );
}
