import { useEffect, useMemo } from 'react';
import { Link, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Provider } from 'urql';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { createGraphQLClient } from '../graphql/client';
import { ApplyPage } from './ApplyPage';
import { StatusPage } from './StatusPage';

const noToken = async () => null;
const nothing = () => {};

/**
 * The pages for organisations that have no account yet: apply to join, read the outcome. They
 * speak to the API anonymously (a client of their own, never a signed-in person's token), whoever
 * is signed in on this browser.
 */
export function JoinPages() {
  const { t } = useTranslation();
  const graphql = useMemo(() => createGraphQLClient({ getToken: noToken, onUnauthenticated: nothing }), []);
  useEffect(() => () => graphql.dispose(), [graphql]);
  return (
    <Provider value={graphql.client}>
      <div className="public">
        <header className="signin-header">
          <Link to="/signin" className="brand">
            {t('app.name')}
          </Link>
          <span className="actions">
            <LanguageSwitch />
            <Link to="/signin">{t('join.backToSignIn')}</Link>
          </span>
        </header>
        <main>
          <Routes>
            <Route index element={<ApplyPage />} />
            <Route path="status" element={<StatusPage />} />
          </Routes>
        </main>
      </div>
    </Provider>
  );
}
