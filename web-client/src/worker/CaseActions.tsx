import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorMessage } from '../components/ErrorMessage';
import { CancelNeedMutation, CaseworkersForNeedQuery, ReassignClaimMutation, ReopenNeedMutation } from '../graphql/needs';
import { useAction } from '../graphql/useAction';
import type { NeedAction } from '../lib/needActions';

type Open = 'reassign' | 'cancel' | 'reopen' | null;

/**
 * The rarer turns of a need's case, each behind its own button and form: an officer hands it to
 * another social worker; a duplicate or ineligible need is cancelled with a reason; a cleared or
 * cancelled one is opened again with a reason. The timeline records each.
 */
export function CaseActions({ needId, claimedBy, actions }: { needId: string; claimedBy?: string | null; actions: Set<NeedAction> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const offered = (['reassign', 'cancel', 'reopen'] as const).filter((a) => actions.has(a));
  if (!offered.length) return null;

  return (
    <section className="card actions-card" aria-label={t('case.title')}>
      <div className="actions">
        {offered.map((action) => (
          <button key={action} type="button" className={action === 'cancel' ? 'danger' : undefined} aria-expanded={open === action}
            onClick={() => setOpen((o) => (o === action ? null : action))}>
            {t(`case.${action}`)}
          </button>
        ))}
      </div>
      {open === 'reassign' && <ReassignForm needId={needId} claimedBy={claimedBy} onDone={() => setOpen(null)} />}
      {open === 'cancel' && <ReasonForm needId={needId} action="cancel" onDone={() => setOpen(null)} />}
      {open === 'reopen' && <ReasonForm needId={needId} action="reopen" onDone={() => setOpen(null)} />}
    </section>
  );
}

function ReassignForm({ needId, claimedBy, onDone }: { needId: string; claimedBy?: string | null; onDone(): void }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: CaseworkersForNeedQuery, variables: { needId }, requestPolicy: 'network-only' });
  const [state, reassign] = useAction(ReassignClaimMutation, 'reassignClaim');
  const [toLogin, setToLogin] = useState('');
  const [note, setNote] = useState('');
  const others = data?.caseworkersForNeed.filter((c) => c.login !== claimedBy) ?? [];

  return (
    <form
      className="stack"
      aria-label={t('case.reassign')}
      onSubmit={(e) => {
        e.preventDefault();
        void reassign({ needId, toLogin, note: note.trim() || null }).then((r) => !r.error && onDone());
      }}
    >
      <label>
        {t('case.reassignTo')}
        <select name="toLogin" required value={toLogin} onChange={(e) => setToLogin(e.target.value)}>
          <option value="">{t('case.pickCaseworker')}</option>
          {others.map((c) => (
            <option key={c.login} value={c.login}>
              {t('case.caseworker', { name: c.displayName, login: c.login, count: c.openNeedsHeld })}
            </option>
          ))}
        </select>
      </label>
      {data && !others.length && <p className="hint">{t('case.noCaseworkers')}</p>}
      <label>
        {t('case.note')}
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={state.fetching || !toLogin}>
        {t('case.confirmReassign')}
      </button>
      <ErrorMessage error={error ?? state.error} />
    </form>
  );
}

function ReasonForm({ needId, action, onDone }: { needId: string; action: 'cancel' | 'reopen'; onDone(): void }) {
  const { t } = useTranslation();
  const [cancelState, cancel] = useAction(CancelNeedMutation, 'cancelNeed');
  const [reopenState, reopen] = useAction(ReopenNeedMutation, 'reopenNeed');
  const [reason, setReason] = useState('');
  const state = action === 'cancel' ? cancelState : reopenState;

  return (
    <form
      className="stack"
      aria-label={t(`case.${action}`)}
      onSubmit={(e) => {
        e.preventDefault();
        void (action === 'cancel' ? cancel({ needId, reason }) : reopen({ needId, reason })).then((r) => !r.error && onDone());
      }}
    >
      <label>
        {t(`case.${action}Reason`)}
        <textarea name="reason" required rows={2} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t(`case.${action}Placeholder`)} />
      </label>
      <button type="submit" className={action === 'cancel' ? 'danger' : 'primary'} disabled={state.fetching || !reason.trim()}>
        {t(`case.confirm${action === 'cancel' ? 'Cancel' : 'Reopen'}`)}
      </button>
      <ErrorMessage error={state.error} />
    </form>
  );
}
