import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problems } from '../components/ErrorMessage';
import { FieldProblem } from '../components/FieldProblem';
import type { UserAccountFieldsFragment } from '../gql/graphql';
import { CreateUserAccountMutation, UpdateUserAccountMutation } from '../graphql/accounts';
import { problemsOf } from '../graphql/errors';
import { useAction } from '../graphql/useAction';
import { AccountRegionPicker, OrganisationPicker } from './AccountScopeFields';
import {
  changesInput,
  conflictCheck,
  createInput,
  draftChecks,
  draftOf,
  emptyDraft,
  isSelf,
  placeAccountProblems,
  rolesManagedBy,
  scopeOf,
  withRole,
  type AccountDraft,
  type Manager,
} from './accountForm';

/**
 * A new account, or one to change: its role among those the manager gives, and the scope that
 * role has (a region, an organisation, or none). Problems are said beside their fields: those the
 * API would find, once a save was tried; the API's own refusals as it answers.
 */
export function AccountForm({ manager, account, onSaved, onCancel }: { manager: Manager; account?: UserAccountFieldsFragment; onSaved(a: UserAccountFieldsFragment): void; onCancel(): void }) {
  const { t } = useTranslation();
  const creating = !account;
  const before = account ? draftOf(account) : null;
  const [draft, setDraft] = useState<AccountDraft>(before ?? emptyDraft(manager));
  const [tried, setTried] = useState(false);
  const [created, create] = useAction(CreateUserAccountMutation, 'createUserAccount');
  const [updated, update] = useAction(UpdateUserAccountMutation, 'updateUserAccount');
  const state = creating ? created : updated;
  const set = (change: Partial<AccountDraft>) => setDraft((d) => ({ ...d, ...change }));

  const checks = draftChecks(draft, { creating });
  const shownChecks = tried ? checks : { login: draft.login ? checks.login : undefined, email: checks.email };
  const { byField, rest } = placeAccountProblems(problemsOf(state.error), { creating });
  const roles = rolesManagedBy(manager);
  const scope = scopeOf(draft.role);
  // Nobody changes their own role or scope; their name and e-mail they may.
  const self = !!account && isSelf(manager, account);
  const field = (name: keyof typeof checks) => ({
    check: shownChecks[name] ?? conflictCheck(byField[name]),
    problem: byField[name],
    invalid: !!(shownChecks[name] ?? byField[name]),
  });

  return (
    <form
      className="grid-form"
      aria-label={t(creating ? 'accounts.new' : 'accounts.editTitle')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(checks).length) return;
        const saving = before
          ? update({ login: before.login, input: changesInput(before, draft) }).then((r) => r.data?.updateUserAccount)
          : create({ input: createInput(draft) }).then((r) => r.data?.createUserAccount);
        void saving.then((saved) => saved && onSaved(saved));
      }}
    >
      {creating && (
        <label>
          {t('accounts.login')}
          <input
            name="login"
            autoComplete="off"
            spellCheck={false}
            placeholder="worker.example"
            value={draft.login}
            aria-invalid={field('login').invalid}
            aria-describedby="login-hint login-problem"
            onChange={(e) => set({ login: e.target.value.toLowerCase() })}
          />
          <small className="hint" id="login-hint">
            {t('accounts.loginHint')}
          </small>
          <FieldProblem name="login" {...field('login')} />
        </label>
      )}
      <label>
        {t('accounts.displayName')}
        <input name="displayName" maxLength={100} value={draft.displayName} aria-invalid={field('displayName').invalid} aria-describedby="displayName-problem" onChange={(e) => set({ displayName: e.target.value })} />
        <FieldProblem name="displayName" {...field('displayName')} />
      </label>
      <label>
        {t('accounts.email')}
        <input name="email" type="email" autoComplete="off" value={draft.email} aria-invalid={field('email').invalid} aria-describedby="email-hint email-problem" onChange={(e) => set({ email: e.target.value })} />
        <small className="hint" id="email-hint">
          {t('accounts.emailHint')}
        </small>
        <FieldProblem name="email" {...field('email')} />
      </label>
      <label>
        {t('accounts.role')}
        <select
          name="role"
          value={draft.role}
          disabled={self || roles.length < 2}
          aria-invalid={field('role').invalid}
          aria-describedby="role-problem"
          onChange={(e) => setDraft((d) => withRole(d, e.target.value as AccountDraft['role'], manager))}
        >
          {roles.length > 1 && <option value="">{t('accounts.chooseRole')}</option>}
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`enums.Role.${r}`)}
            </option>
          ))}
        </select>
        <FieldProblem name="role" {...field('role')} />
      </label>
      {scope === 'region' && draft.role && !self && (
        <div className="scope-fields">
          <AccountRegionPicker key={draft.role} role={draft.role} manager={manager} value={draft.regionCode} invalid={field('regionCode').invalid} onChange={(regionCode) => set({ regionCode })} />
          <FieldProblem name="regionCode" {...field('regionCode')} />
        </div>
      )}
      {scope === 'organisation' && draft.role && !self && (
        <div className="scope-fields">
          {manager.role === 'ADMIN' ? (
            <OrganisationPicker role={draft.role} value={draft.organisationId} invalid={field('organisationId').invalid} onChange={(organisationId) => set({ organisationId })} />
          ) : (
            <p className="hint">{t('accounts.ofYourOrganisation', { name: manager.organisationName ?? '' })}</p>
          )}
          <FieldProblem name="organisationId" {...field('organisationId')} />
          <label className="check">
            <input type="checkbox" name="leadsOrganisation" checked={draft.leadsOrganisation} onChange={(e) => set({ leadsOrganisation: e.target.checked })} />
            {t('accounts.leadsOrganisation')}
          </label>
        </div>
      )}
      {self && <p className="hint wide">{t('accounts.ownScope')}</p>}
      {scope === 'none' && draft.role === 'ADMIN' && <p className="hint wide">{t('accounts.adminScope')}</p>}
      <div className="wide actions">
        <button type="submit" className="primary" disabled={state.fetching}>
          {state.fetching ? t('common.working') : t(creating ? 'accounts.create' : 'common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <div className="wide">
        <Problems problems={rest} />
      </div>
    </form>
  );
}
