import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import type { UserAccountFieldsFragment } from '../gql/graphql';
import { DeactivateUserAccountMutation, ReactivateUserAccountMutation } from '../graphql/accounts';
import { useAction } from '../graphql/useAction';
import { AccountForm } from './AccountForm';
import { isSelf, mayManage, type Manager } from './accountForm';

/** One account: who, what role where, whether active; for those who manage it, edit and (de)activate. */
export function AccountRow({ account: a, manager, onChanged }: { account: UserAccountFieldsFragment; manager: Manager; onChanged(a: UserAccountFieldsFragment): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'edit' | 'deactivate' | null>(null);
  const [reason, setReason] = useState('');
  const [deactivation, deactivate] = useAction(DeactivateUserAccountMutation, 'deactivateUserAccount');
  const [reactivation, reactivate] = useAction(ReactivateUserAccountMutation, 'reactivateUserAccount');
  const manages = mayManage(manager, a);
  const self = isSelf(manager, a);
  const toggle = (which: 'edit' | 'deactivate') => setOpen((o) => (o === which ? null : which));
  const changed = (saved: UserAccountFieldsFragment | undefined) => {
    if (!saved) return;
    setOpen(null);
    setReason('');
    onChanged(saved);
  };

  return (
    <>
      <tr data-login={a.login} data-active={a.isActive} className={a.isActive ? undefined : 'retired-row'}>
        <td>
          <code>{a.login}</code>
        </td>
        <td>
          {a.displayName}
          {a.email && <small className="hint block">{a.email}</small>}
        </td>
        <td>{t(`enums.Role.${a.role}`)}</td>
        <td>
          {a.organisation?.name ?? a.region?.name ?? t('accounts.everywhere')}
          {a.leadsOrganisation && <span className="badge lead">{t('accounts.lead')}</span>}
        </td>
        <td>
          <span className={`badge account-${a.isActive ? 'active' : 'inactive'}`} data-testid="account-state">
            {t(a.isActive ? 'accounts.active' : 'accounts.deactivated')}
          </span>
          {a.isLinked && <small className="hint block">{t('accounts.linked')}</small>}
        </td>
        <td>
          {manages && (
            <div className="actions">
              <button type="button" className="small" onClick={() => toggle('edit')}>
                {t('common.edit')}
              </button>
              {!self &&
                (a.isActive ? (
                  <button type="button" className="small danger" onClick={() => toggle('deactivate')}>
                    {t('accounts.deactivate')}
                  </button>
                ) : (
                  <button type="button" className="small" disabled={reactivation.fetching} onClick={() => void reactivate({ login: a.login }).then((r) => changed(r.data?.reactivateUserAccount))}>
                    {t('accounts.reactivate')}
                  </button>
                ))}
            </div>
          )}
          <ErrorMessage error={reactivation.error} />
        </td>
      </tr>
      {open === 'edit' && (
        <tr>
          <td colSpan={6}>
            <AccountForm manager={manager} account={a} onSaved={changed} onCancel={() => setOpen(null)} />
          </td>
        </tr>
      )}
      {open === 'deactivate' && (
        <tr>
          <td colSpan={6}>
            <form
              className="inline-form"
              aria-label={t('accounts.deactivate')}
              onSubmit={(e) => {
                e.preventDefault();
                if (!reason.trim()) return;
                void deactivate({ login: a.login, reason: reason.trim() }).then((r) => changed(r.data?.deactivateUserAccount));
              }}
            >
              <label>
                {t('accounts.deactivateReason')}
                <input name="reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <button type="submit" className="danger" disabled={deactivation.fetching || !reason.trim()}>
                {deactivation.fetching ? t('common.working') : t('accounts.confirmDeactivate')}
              </button>
              <button type="button" onClick={() => setOpen(null)}>
                {t('common.cancel')}
              </button>
            </form>
            <p className="hint">{t('accounts.deactivateHint')}</p>
            <ErrorMessage error={deactivation.error} />
          </td>
        </tr>
      )}
    </>
  );
}
