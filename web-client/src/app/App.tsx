import { lazy, Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Provider } from 'urql';
import { useAuth } from '../auth/AuthContext';
import { Loading } from '../components/Loading';
import { createGraphQLClient } from '../graphql/client';
import { SignInPage } from '../signin/SignInPage';
import { JoinPages } from '../join/JoinPages';
import { Layout } from './Layout';
import { duplicatesRoles, homeFor, registryRoles } from './workspaces';
import { RequireRole } from './RequireRole';
import { RegistryPage } from '../registry/RegistryPage';
import { HouseholdFilePage } from '../registry/HouseholdFilePage';
import { DuplicatesPage } from '../registry/DuplicatesPage';
import { NeedsPage } from '../worker/NeedsPage';
import { NeedPage } from '../worker/NeedPage';
import { CommunityPage } from '../community/CommunityPage';
import { ImportPage } from '../community/ImportPage';
import { ResourcesPage } from '../org/ResourcesPage';
import { ResourceEditPage } from '../org/ResourceEditPage';
import { ResourcePage } from '../org/ResourcePage';
import { ImpactPage } from '../org/ImpactPage';
import { ProjectsPage } from '../org/ProjectsPage';
import { OfficePage } from '../office/OfficePage';
import { ApplicationsPage } from '../admin/ApplicationsPage';
import { AdminPage } from '../admin/AdminPage';
import { AccountsPage } from '../admin/AccountsPage';
import { OrganisationsPage } from '../admin/OrganisationsPage';

// GraphiQL and its editor are large; only those who open it load them.
const GraphiQLPage = lazy(() => import('../graphiql/GraphiQLPage'));

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/join/*" element={<JoinPages />} />
        <Route path="/*" element={<SignedIn />} />
      </Routes>
    </BrowserRouter>
  );
}

function SignedIn() {
  const { session, getToken, signOut } = useAuth();
  const location = useLocation();
  const login = session?.login;
  // A new client per user: the cache of one person is never shown to the next.
  const graphql = useMemo(() => (login ? createGraphQLClient({ getToken, onUnauthenticated: signOut }) : null), [login, getToken, signOut]);
  useEffect(() => () => graphql?.dispose(), [graphql]);

  if (!session || !graphql) {
    return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <Provider value={graphql.client}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/graphiql" element={<GraphiQLPage />} />
          <Route element={<Layout />}>
            <Route index element={<Navigate to={homeFor(session.role)} replace />} />
            <Route path="needs" element={<NeedsPage />} />
            <Route path="needs/:id" element={<NeedPage />} />
            <Route path="community" element={<CommunityPage />} />
            <Route path="community/import" element={<ImportPage />} />
            <Route path="org" element={<ResourcesPage />} />
            <Route path="org/resources/new" element={<ResourceEditPage />} />
            <Route path="org/resources/:id/edit" element={<ResourceEditPage />} />
            <Route path="org/resources/:id" element={<ResourcePage />} />
            <Route path="org/impact" element={<ImpactPage />} />
            <Route path="org/projects" element={<ProjectsPage />} />
            <Route path="org/staff" element={<AccountsPage />} />
            <Route path="office" element={<OfficePage />} />
            <Route path="applications" element={<ApplicationsPage />} />
            <Route path="organisations" element={<OrganisationsPage />} />
            <Route path="accounts" element={<AccountsPage />} />
            <Route path="registry" element={<RequireRole roles={registryRoles}><RegistryPage /></RequireRole>} />
            <Route path="registry/households/:id" element={<RequireRole roles={registryRoles}><HouseholdFilePage /></RequireRole>} />
            <Route path="registry/duplicates" element={<RequireRole roles={duplicatesRoles}><DuplicatesPage /></RequireRole>} />
            <Route path="admin/*" element={<AdminPage />} />
            <Route path="*" element={<Navigate to={homeFor(session.role)} replace />} />
          </Route>
        </Routes>
      </Suspense>
    </Provider>
  );
}
