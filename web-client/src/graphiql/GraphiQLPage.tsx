import { useMemo, type ComponentProps } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import sdl from '../../../schema/marketplace.graphql?raw';
import 'graphiql/graphiql.css';
import { useAuth, useSession } from '../auth/AuthContext';
import { LanguageSwitch } from '../components/LanguageSwitch';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// The schema of record, as the client was built against: this spares GraphiQL's own
// introspection round trip (which the API also answers).
const schema = buildSchema(sdl);

const defaultQuery = (comment: string) => `# ${comment}
{
  me {
    login
    role
    regionCode
    organisationId
  }
}
`;

/** GraphiQL at /graphiql, sending the signed-in user's token; subscriptions over graphql-transport-ws. */
export default function GraphiQLPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { getToken } = useAuth();

  const fetcher = useMemo<Fetcher>(() => {
    const ws = createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      retryAttempts: 0,
      connectionParams: async () => {
        const token = await getToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    });
    return async (params) => {
      if (/^\s*subscription\b/m.test(params.query) && (!params.operationName || new RegExp(`subscription\\s+${params.operationName}\\b`).test(params.query))) {
        return ws.iterate({ query: params.query, variables: params.variables ?? undefined, operationName: params.operationName ?? undefined });
      }
      const token = await getToken();
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(params),
      });
      return response.json();
    };
  }, [getToken]);

  return (
    <div className="graphiql-page">
      <header className="topbar">
        <Link to="/" className="brand">
          ← {t('app.name')}
        </Link>
        <span className="hint">{t('graphiql.signedInAs', { login: session.login })}</span>
        <div className="who">
          <LanguageSwitch />
        </div>
      </header>
      <div className="graphiql-host">
        <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={defaultQuery(t('graphiql.defaultComment'))} storage={namespacedStorage(session.login)} />
      </div>
    </div>
  );
}

/** GraphiQL keeps its tabs and history per user, so the next person on a shared computer starts clean. */
function namespacedStorage(login: string): Storage {
  const prefix = `graphiql:${login}:`;
  return {
    get length() {
      return Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length;
    },
    clear: () => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).forEach((k) => localStorage.removeItem(k)),
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    key: (index) => Object.keys(localStorage).filter((k) => k.startsWith(prefix))[index]?.slice(prefix.length) ?? null,
  };
}
