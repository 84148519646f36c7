import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useAuth, useSession } from '../auth/AuthContext';
import { isOrganisationRole } from '../auth/session';
import { ManagesAccountsQuery } from '../graphql/accounts';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { activeNavItem, navFor } from './workspaces';

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const { signOut } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  // Whether an organisation's staff member leads it (and so manages its staff): asked, since `me` does not say; FORBIDDEN means no.
  const [managing] = useQuery({ query: ManagesAccountsQuery, pause: !isOrganisationRole(session.role), requestPolicy: 'cache-first' });
  const items = navFor(session.role, { leadsOrganisation: !!managing.data });
  const active = activeNavItem(items, useLocation().pathname);
  const scope = session.organisationName ?? session.regionName ?? session.organisationId ?? session.regionCode;

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>
        <nav id="main-nav" className={menuOpen ? 'open' : ''} aria-label={t('nav.label')}>
          {items.map((item) => (
            <Link key={item.to} to={item.to} className={item === active ? 'active' : undefined} aria-current={item === active ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
              {t(item.labelKey)}
            </Link>
          ))}
        </nav>
        <div className="who">
          <span data-testid="signed-in-as" title={session.login}>
            {session.displayName}
            <small>
              {t(`enums.Role.${session.role}`)}
              {scope ? ` · ${scope}` : ''}
            </small>
          </span>
          <LanguageSwitch />
          <button type="button" className="link-button" onClick={signOut}>
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <main>
        <Outlet />
      </main>
    </div>
  );
}
