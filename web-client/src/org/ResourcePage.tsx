import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { MatchStatusBadge, UrgencyBadge } from '../components/Badges';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { Reasons } from '../components/Reasons';
import { categoryName, useCategories } from '../graphql/categories';
import { onlyForbiddenFields } from '../graphql/errors';
import { useMatchChanges } from '../graphql/live';
import { AcceptMatchMutation, DeclineMatchMutation, MarkDeliveredMutation, NeedsNearResourceQuery } from '../graphql/matching';
import { ResourceDeliveriesQuery, ResourceDetailQuery, WithdrawResourceMutation } from '../graphql/resources';
import { useAction } from '../graphql/useAction';
import { formatDate, formatDateTime, formatDistance } from '../lib/format';
import { groupNeedPoints } from '../map/geo';
import { MapView } from '../map/MapView';
import { SuspendedNotice } from './SuspendedNotice';

export function ResourcePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { byCode } = useCategories();
  const session = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ResourceDetailQuery, variables: { id } });
  useMatchChanges(session.organisationId, () => refetch({ requestPolicy: 'network-only' }));
  const resource = data?.resource;

  if (fetching && !data) return <Loading />;
  if (!resource) {
    return (
      <div className="page">
        <ErrorMessage error={error} />
        {!error && <EmptyState title={t('org.notFound')} hint={t('org.notFoundHint')} action={<Link to="/org">{t('org.backToResources')}</Link>} />}
      </div>
    );
  }
  const matches = resource.matches ?? [];
  const proposed = matches.filter((m) => m.status === 'PROPOSED');
  const accepted = matches.filter((m) => m.status === 'ACCEPTED');
  const past = matches.filter((m) => m.status !== 'PROPOSED' && m.status !== 'ACCEPTED');

  return (
    <div className="page">
      <Link to="/org" className="back">
        ← {t('org.backToResources')}
      </Link>
      <header className="need-header">
        <h1 data-testid="resource-title">{resource.title}</h1>
        <div className="meta">
          <span className={`badge resource-${resource.status.toLowerCase()}`}>{t(`enums.ResourceStatus.${resource.status}`)}</span>
          <span>{t(`enums.ResourceKind.${resource.kind}`)}</span>
          <span>{categoryName(byCode.get(resource.categoryCode), i18n.language, resource.categoryCode)}</span>
          <span data-testid="resource-remaining">{t('org.remaining', { remaining: resource.remainingCapacity, quantity: resource.quantity, unit: resource.unit })}</span>
          <span>{t('org.reach', { distance: formatDistance(resource.serviceRadiusMeters, i18n.language) })}</span>
          {resource.availableUntil && <span>{t('org.until', { date: formatDate(resource.availableUntil, i18n.language) })}</span>}
        </div>
        {resource.description && <p>{resource.description}</p>}
      </header>
      <SuspendedNotice organisation={resource.organisation} />
      {/* A held resource may still be withdrawn; changed, only once its organisation is verified again. */}
      {(resource.status === 'OPEN' || resource.status === 'HELD') && <ResourceActions id={resource.id} editable={resource.status === 'OPEN'} />}
      <div className="columns">
        <div>
          <section className="card" aria-labelledby="proposed-title" data-testid="proposed-matches">
            <h2 id="proposed-title">{t('org.proposedTitle')}</h2>
            {!proposed.length && <p className="hint">{t('org.noProposals')}</p>}
            <ul className="matches">
              {proposed.map((m) => (
                <ProposedMatch key={m.id} match={m} unit={resource.unit} category={categoryName(byCode.get(m.need.categoryCode), i18n.language)} />
              ))}
            </ul>
          </section>
          {accepted.length > 0 && <AcceptedMatches resourceId={resource.id} matches={accepted} unit={resource.unit} />}
          {past.length > 0 && (
            <section className="card" aria-labelledby="past-title">
              <h2 id="past-title">{t('org.pastTitle')}</h2>
              <ul className="matches">
                {past.map((m) => (
                  <li key={m.id} className="match" data-status={m.status}>
                    <strong>{m.need.publicSummary}</strong> <MatchStatusBadge status={m.status} />
                    <div className="meta">
                      <span>{m.need.region.name}</span>
                      <span>{t('matches.quantity', { count: m.quantity, unit: resource.unit })}</span>
                      {m.deliveredAt && <span>{t('matches.deliveredAt', { at: formatDateTime(m.deliveredAt, i18n.language) })}</span>}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <NeedsNearby resourceId={resource.id} center={resource.location.coordinates} radius={resource.serviceRadiusMeters} />
      </div>
    </div>
  );
}

function ResourceActions({ id, editable }: { id: string; editable: boolean }) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [state, withdraw] = useAction(WithdrawResourceMutation, 'withdrawResource');
  return (
    <section className="card actions-card">
      <div className="actions">
        {editable && (
          <Link to={`/org/resources/${id}/edit`} className="button-link">
            {t('common.edit')}
          </Link>
        )}
        <button type="button" className="danger" onClick={() => setWithdrawing((w) => !w)}>
          {t('org.withdraw')}
        </button>
      </div>
      {withdrawing && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void withdraw({ resourceId: id, reason: reason || null });
          }}
        >
          <label>
            {t('org.withdrawReason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="danger" disabled={state.fetching}>
            {t('org.confirmWithdraw')}
          </button>
        </form>
      )}
      {withdrawing && <p className="hint">{t('org.withdrawHint')}</p>}
      <ErrorMessage error={state.error} />
    </section>
  );
}

interface MatchData {
  id: string;
  status: string;
  quantity: number;
  proposedAt: string;
  need: { publicSummary: string; urgency: string; region: { name: string } };
}

function ProposedMatch({ match, unit, category }: { match: MatchData; unit: string; category: string }) {
  const { t, i18n } = useTranslation();
  const [acceptance, accept] = useAction(AcceptMatchMutation, 'acceptMatch');
  const [declining, decline] = useAction(DeclineMatchMutation, 'declineMatch');
  const busy = acceptance.fetching || declining.fetching;
  return (
    <li className="match" data-summary={match.need.publicSummary}>
      <strong>{match.need.publicSummary}</strong> <UrgencyBadge urgency={match.need.urgency} />
      <div className="meta">
        <span>{category}</span>
        <span>{match.need.region.name}</span>
        <span>{t('matches.quantity', { count: match.quantity, unit })}</span>
        <span>{t('matches.proposedAt', { at: formatDateTime(match.proposedAt, i18n.language) })}</span>
      </div>
      <div className="actions">
        <button type="button" className="primary small" disabled={busy} onClick={() => void accept({ matchId: match.id })}>
          {t('org.accept')}
        </button>
        <button type="button" className="small" disabled={busy} onClick={() => void decline({ matchId: match.id, reason: null })}>
          {t('org.decline')}
        </button>
      </div>
      <ErrorMessage error={acceptance.error ?? declining.error} />
    </li>
  );
}

function AcceptedMatches({ resourceId, matches, unit }: { resourceId: string; matches: MatchData[]; unit: string }) {
  const { t } = useTranslation();
  // Every read of a delivery contact is recorded: asked for only when there is something to deliver.
  const [{ data, error }] = useQuery({ query: ResourceDeliveriesQuery, variables: { id: resourceId }, requestPolicy: 'network-only' });
  const contacts = new Map((data?.resource?.matches ?? []).map((m) => [m.id, m.delivery]));
  return (
    <section className="card" aria-labelledby="accepted-title" data-testid="accepted-matches">
      <h2 id="accepted-title">{t('org.acceptedTitle')}</h2>
      <p className="hint">{t('org.deliveryHint')}</p>
      <ul className="matches">
        {matches.map((m) => (
          <AcceptedMatch key={m.id} match={m} unit={unit} contact={contacts.get(m.id) ?? null} />
        ))}
      </ul>
      {!onlyForbiddenFields(error) && <ErrorMessage error={error} />}
    </section>
  );
}

function AcceptedMatch({ match, unit, contact }: { match: MatchData; unit: string; contact: { headName: string; phone?: string | null; address: string } | null }) {
  const { t } = useTranslation();
  const [state, deliver] = useAction(MarkDeliveredMutation, 'markDelivered');
  return (
    <li className="match" data-summary={match.need.publicSummary}>
      <strong>{match.need.publicSummary}</strong> <MatchStatusBadge status={match.status} />
      <div className="meta">
        <span>{match.need.region.name}</span>
        <span>{t('matches.quantity', { count: match.quantity, unit })}</span>
      </div>
      {contact && (
        <dl className="facts">
          <dt>{t('household.headName')}</dt>
          <dd>{contact.headName}</dd>
          <dt>{t('household.phone')}</dt>
          <dd>{contact.phone ? <a href={`tel:${contact.phone}`}>{contact.phone}</a> : '—'}</dd>
          <dt>{t('household.address')}</dt>
          <dd>{contact.address}</dd>
        </dl>
      )}
      <button type="button" className="primary small" disabled={state.fetching} onClick={() => void deliver({ matchId: match.id })}>
        {t('matches.markDelivered')}
      </button>
      <ErrorMessage error={state.error} />
    </li>
  );
}

/** Open needs the resource could serve: their public side only, placed at their community. */
function NeedsNearby({ resourceId, center, radius }: { resourceId: string; center: number[]; radius: number }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: NeedsNearResourceQuery, variables: { id: resourceId } });
  const suggestions = data?.suggestNeedsForResource ?? [];
  const features = useMemo(() => groupNeedPoints(suggestions.map((s) => s.need)), [suggestions]);
  return (
    <section className="card" aria-labelledby="nearby-title" data-testid="needs-nearby">
      <h2 id="nearby-title">{t('org.nearbyTitle')}</h2>
      <p className="hint">{t('org.nearbyHint')}</p>
      <MapView
        label={t('org.nearbyMapLabel')}
        className="small"
        features={features}
        fitKey={resourceId}
        pick={{ point: { longitude: center[0], latitude: center[1] }, radiusMeters: radius, onPick: () => undefined }}
        style={(f) => ({ radius: 7 + Math.min(10, (f.properties?.count ?? 1) * 2), color: '#0b6bcb', fillColor: '#3e8ede', fillOpacity: 0.8, weight: 2 })}
        pointLabel={(f) => String(f.properties?.count ?? '')}
        tooltip={(f) => t('needs.pointTooltip', { count: f.properties?.count })}
      />
      {fetching && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && !suggestions.length && <EmptyState title={t('org.nearbyEmptyTitle')} hint={t('org.nearbyEmptyHint')} />}
      <ul className="suggestions">
        {suggestions.map((s) => (
          <li key={s.need.id} className="suggestion">
            <div className="suggestion-head">
              <strong>{s.need.publicSummary}</strong>
              <span className="score">{t('suggestions.score', { score: s.score.toFixed(0) })}</span>
            </div>
            <div className="meta">
              <UrgencyBadge urgency={s.need.urgency} />
              <span>{s.need.region.name}</span>
              <span>{formatDistance(s.distanceMeters, i18n.language)}</span>
            </div>
            <Reasons reasons={s.reasonDetails} />
          </li>
        ))}
      </ul>
      <p className="hint">{t('org.nearbyHowToMatch')}</p>
    </section>
  );
}
