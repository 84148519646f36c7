import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { RegionSelect } from '../components/RegionSelect';
import type { AccountRole, UserAccountFieldsFragment } from '../gql/graphql';
import { UserAccountsQuery } from '../graphql/accounts';
import { RegionChildrenQuery } from '../graphql/regions';
import { AccountForm } from './AccountForm';
import { AccountRow } from './AccountRow';
import { rolesListedFor, rolesManagedBy } from './accountForm';

const pageSize = 20;

/**
 * The accounts a person manages, paged by login: every account for admins (a tab of their
 * workspace), an officer's sub-district's social workers and community staff (their officers are
 * listed, not managed), an organisation's lead its staff ("Staff" in the organisation's workspace).
 * Anyone else is told why there is nothing here (the API answers FORBIDDEN).
 */
export function AccountsPage({ embedded = false }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const manager = useSession();
  const staffPage = manager.role === 'DONOR' || manager.role === 'SOCIAL_ORG';
  const listed = rolesListedFor(manager);
  const [role, setRole] = useState<AccountRole | ''>('');
  const [region, setRegion] = useState('');
  const [active, setActive] = useState<'' | 'yes' | 'no'>('');
  const [search, setSearch] = useState('');
  const typed = useSettled(search.trim(), 300);
  const filter = { role: role || null, regionCode: region || null, active: active ? active === 'yes' : null, search: typed || null };
  // Pages by cursor; a changed filter starts again at the first.
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: filterKey, cursors: [null] });
  const cursors = paging.key === filterKey ? paging.cursors : [null];
  const setCursors = (next: (string | null)[]) => setPaging({ key: filterKey, cursors: next });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: UserAccountsQuery,
    variables: { filter, first: pageSize, after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<{ key: string; login: string } | null>(null);
  const accounts = data?.userAccounts.nodes ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const done = (key: string) => (a: UserAccountFieldsFragment) => {
    setSaved({ key, login: a.login });
    setCreating(false);
    reload();
  };
  const forbidden = !data && error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const Title = embedded ? 'h2' : 'h1';

  if (forbidden) {
    return (
      <div className="page">
        <Title>{t(staffPage ? 'accounts.staffTitle' : 'accounts.title')}</Title>
        <EmptyState title={t('accounts.forbiddenTitle')} hint={t(staffPage ? 'accounts.forbiddenStaffHint' : 'accounts.forbiddenHint')} />
      </div>
    );
  }
  return (
    <div className="page">
      <div className="page-title">
        <Title>{t(staffPage ? 'accounts.staffTitle' : 'accounts.title')}</Title>
        {data && <span className="count">{t('accounts.count', { count: data.userAccounts.totalCount })}</span>}
        {rolesManagedBy(manager).length > 0 && (
          <button type="button" className="primary" data-testid="new-account" onClick={() => setCreating((c) => !c)}>
            {t('accounts.new')}
          </button>
        )}
      </div>
      <p className="hint">{t(`accounts.hint.${manager.role === 'ADMIN' ? 'admin' : manager.role === 'SUBDISTRICT_OFFICER' ? 'officer' : 'lead'}`)}</p>
      {creating && (
        <section className="card">
          <AccountForm manager={manager} onSaved={done('accounts.created')} onCancel={() => setCreating(false)} />
        </section>
      )}
      {saved && (
        <p className="notice" role="status" data-testid="account-saved">
          {t(saved.key, { login: saved.login })}
        </p>
      )}
      <form className="filters" aria-label={t('accounts.filter')} onSubmit={(e) => e.preventDefault()}>
        {listed.length > 1 && (
          <label>
            {t('accounts.role')}
            <select name="role" value={role} onChange={(e) => setRole(e.target.value as AccountRole | '')}>
              <option value="">{t('accounts.anyRole')}</option>
              {listed.map((r) => (
                <option key={r} value={r}>
                  {t(`enums.Role.${r}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {manager.role === 'ADMIN' && <RegionSelect label={t('accounts.region')} emptyLabel={t('accounts.anyRegion')} value={region} onChange={setRegion} />}
        {manager.role === 'SUBDISTRICT_OFFICER' && manager.regionCode && <CommunityFilter subDistrict={manager.regionCode} value={region} onChange={setRegion} />}
        <label>
          {t('accounts.state')}
          <select name="active" value={active} onChange={(e) => setActive(e.target.value as '' | 'yes' | 'no')}>
            <option value="">{t('accounts.anyState')}</option>
            <option value="yes">{t('accounts.active')}</option>
            <option value="no">{t('accounts.deactivated')}</option>
          </select>
        </label>
        <label>
          {t('accounts.search')}
          <input name="search" type="search" value={search} placeholder={t('accounts.searchHint')} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </form>
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {data && !accounts.length && <EmptyState title={t('accounts.emptyTitle')} hint={t('accounts.emptyHint')} />}
      {accounts.length > 0 && (
        <div className="table-wrap">
          <table data-testid="accounts">
            <thead>
              <tr>
                <th>{t('accounts.login')}</th>
                <th>{t('accounts.displayName')}</th>
                <th>{t('accounts.role')}</th>
                <th>{t('accounts.scope')}</th>
                <th>{t('accounts.state')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <AccountRow key={a.login} account={a} manager={manager} onChanged={done('accounts.saved')} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (cursors.length > 1 || data.userAccounts.pageInfo.hasNextPage) && (
        <div className="actions pager">
          <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('accounts.previous')}
          </button>
          <span className="count">{t('accounts.page', { page: cursors.length })}</span>
          <button
            type="button"
            disabled={!data.userAccounts.pageInfo.hasNextPage}
            onClick={() => setCursors([...cursors, data.userAccounts.pageInfo.endCursor ?? null])}
          >
            {t('accounts.next')}
          </button>
        </div>
      )}
    </div>
  );
}

/** An officer narrows their sub-district's accounts to one community. */
function CommunityFilter({ subDistrict, value, onChange }: { subDistrict: string; value: string; onChange(code: string): void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: RegionChildrenQuery, variables: { parentCode: subDistrict }, requestPolicy: 'cache-first' });
  return (
    <label>
      {t('accounts.community')}
      <select name="region" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('accounts.anyCommunity')}</option>
        {data?.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The value once it has stopped changing for `ms`: a search is sent once typing pauses, not per key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
