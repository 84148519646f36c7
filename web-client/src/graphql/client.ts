import { Client, cacheExchange, fetchExchange, subscriptionExchange, type Exchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { pipe, tap } from 'wonka';

interface Options {
  getToken(): Promise<string | null>;
  /** Called when the API answers UNAUTHENTICATED: the token expired or was revoked. */
  onUnauthenticated(): void;
}

/**
 * One client per signed-in user, so that nothing cached for one person is shown to the next.
 * Queries and mutations go over HTTP; subscriptions over the graphql-transport-ws protocol,
 * lazily and with few retries: when the server has no subscriptions the pages work without live updates.
 */
export function createGraphQLClient({ getToken, onUnauthenticated }: Options): { client: Client; dispose(): void } {
  let ws: WsClient | null = null;
  const wsClient = () =>
    (ws ??= createWsClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      retryAttempts: 2,
      connectionParams: async () => {
        const token = await getToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }));

  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      const token = await getToken();
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
    exchanges: [
      unauthenticatedExchange(onUnauthenticated),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return { subscribe: (sink) => ({ unsubscribe: wsClient().subscribe(input, sink) }) };
        },
      }),
    ],
  });
  return { client, dispose: () => void ws?.dispose() };
}

function unauthenticatedExchange(onUnauthenticated: () => void): Exchange {
  return ({ forward }) =>
    (operations) =>
      pipe(
        forward(operations),
        tap((result) => {
          if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
        }),
      );
}
