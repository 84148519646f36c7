import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { StatusBadge, UrgencyBadge } from '../components/Badges';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { categoryName, useCategories } from '../graphql/categories';
import { useNeedChanges } from '../graphql/live';
import { AddNoteMutation, ClaimNeedMutation, ClearNeedMutation, NeedDetailQuery, ReleaseClaimMutation, VerifyNeedMutation } from '../graphql/needs';
import { useAction } from '../graphql/useAction';
import { formatDate, formatDateTime } from '../lib/format';
import { needActions } from '../lib/needActions';
import { CaseActions } from './CaseActions';
import { HouseholdPanel } from './HouseholdPanel';
import { MatchesPanel } from './MatchesPanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import { Timeline } from './Timeline';

export function NeedPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { byCode } = useCategories();
  const [{ data, fetching, error }, refetch] = useQuery({ query: NeedDetailQuery, variables: { id } });
  const [claimedByOther, setClaimedByOther] = useState<string | null>(null);
  const need = data?.need;

  useNeedChanges(need?.region.code, (change) => {
    if (change.need.id !== id) return;
    if (change.kind === 'CLAIMED' && change.need.claimedBy && change.need.claimedBy !== session.login) setClaimedByOther(change.need.claimedBy);
    refetch({ requestPolicy: 'network-only' });
  });

  if (fetching && !data) return <Loading />;
  if (!need) {
    return (
      <div className="page">
        <ErrorMessage error={error} />
        {!error && <EmptyState title={t('need.notFound')} hint={t('need.notFoundHint')} action={<Link to="/needs">{t('need.backToList')}</Link>} />}
      </div>
    );
  }

  const actions = needActions(need, session);
  return (
    <div className="page need-page">
      <Link to="/needs" className="back">
        ← {t('need.backToList')}
      </Link>
      {claimedByOther && (
        <p className="notice" role="alert" data-testid="claimed-by-other">
          {t('live.claimedByOther', { login: claimedByOther })}
        </p>
      )}
      <header className="need-header">
        <h1 data-testid="need-summary">{need.publicSummary}</h1>
        <div className="meta">
          <StatusBadge status={need.status} />
          <UrgencyBadge urgency={need.urgency} />
          <span>{categoryName(byCode.get(need.categoryCode), i18n.language, need.categoryCode)}</span>
          <span>
            {need.region.parent?.name} {need.region.name}
          </span>
        </div>
        <dl className="facts">
          {need.quantity != null && (
            <>
              <dt>{t('need.quantity')}</dt>
              <dd>
                {need.quantity} {need.unit}
              </dd>
            </>
          )}
          <dt>{t('need.dueDate')}</dt>
          <dd>{formatDate(need.dueDate, i18n.language)}</dd>
          <dt>{t('need.reported')}</dt>
          <dd>
            {formatDateTime(need.reportedAt, i18n.language)} · {need.reportedBy}
          </dd>
          <dt>{t('need.holder')}</dt>
          <dd data-testid="need-holder">{need.claimedBy ?? t('need.nobody')}</dd>
          {need.clearanceNote && (
            <>
              <dt>{t('need.clearanceNote')}</dt>
              <dd>{need.clearanceNote}</dd>
            </>
          )}
          {need.cancellationReason && (
            <>
              <dt>{t('need.cancellationReason')}</dt>
              <dd>{need.cancellationReason}</dd>
            </>
          )}
        </dl>
      </header>
      <NeedActions needId={need.id} actions={actions} />
      <CaseActions needId={need.id} claimedBy={need.claimedBy} actions={actions} />
      <div className="columns">
        <div>
          {need.household && <HouseholdPanel needId={need.id} household={need.household} mayOpen={actions.has('seeHousehold')} />}
          <MatchesPanel matches={need.matches ?? []} mayAct={actions.has('clear')} />
          {actions.has('propose') && <SuggestionsPanel needId={need.id} quantity={need.quantity} />}
        </div>
        <div>
          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('timeline.title')}</h2>
            {actions.has('note') && <NoteForm needId={need.id} />}
            <Timeline events={need.timeline ?? []} />
          </section>
        </div>
      </div>
    </div>
  );
}

function NeedActions({ needId, actions }: { needId: string; actions: Set<string> }) {
  const { t } = useTranslation();
  const [claim, runClaim] = useAction(ClaimNeedMutation, 'claimNeed');
  const [release, runRelease] = useAction(ReleaseClaimMutation, 'releaseClaim');
  const [verify, runVerify] = useAction(VerifyNeedMutation, 'verifyNeed');
  const [clear, runClear] = useAction(ClearNeedMutation, 'clearNeed');
  const [clearing, setClearing] = useState(false);
  const [note, setNote] = useState('');
  const busy = claim.fetching || release.fetching || verify.fetching || clear.fetching;
  if (!['claim', 'release', 'verify', 'clear'].some((a) => actions.has(a))) return null;

  return (
    <section className="card actions-card" aria-label={t('need.actions')}>
      <div className="actions">
        {actions.has('claim') && (
          <button type="button" className="primary" disabled={busy} onClick={() => void runClaim({ needId })}>
            {t('need.claim')}
          </button>
        )}
        {actions.has('verify') && (
          <button type="button" disabled={busy} onClick={() => void runVerify({ needId })}>
            {t('need.verify')}
          </button>
        )}
        {actions.has('clear') && (
          <button type="button" className="primary" disabled={busy} onClick={() => setClearing((c) => !c)}>
            {t('need.clear')}
          </button>
        )}
        {actions.has('release') && (
          <button type="button" disabled={busy} onClick={() => void runRelease({ needId })}>
            {t('need.release')}
          </button>
        )}
      </div>
      {clearing && actions.has('clear') && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void runClear({ needId, note }).then((r) => !r.error && setClearing(false));
          }}
        >
          <label>
            {t('need.clearNote')}
            <textarea name="clearanceNote" required rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('need.clearNotePlaceholder')} />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {clear.fetching ? t('common.working') : t('need.confirmClear')}
          </button>
        </form>
      )}
      <ErrorMessage error={claim.error ?? release.error ?? verify.error ?? clear.error} />
    </section>
  );
}

function NoteForm({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [state, addNote] = useAction(AddNoteMutation, 'addNeedNote');
  return (
    <form
      className="stack note-form"
      onSubmit={(e) => {
        e.preventDefault();
        void addNote({ needId, note }).then((r) => !r.error && setNote(''));
      }}
    >
      <label>
        {t('timeline.addNote')}
        <textarea name="note" required rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" disabled={state.fetching || !note.trim()}>
        {t('timeline.saveNote')}
      </button>
      <ErrorMessage error={state.error} />
    </form>
  );
}
