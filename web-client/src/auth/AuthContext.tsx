import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppConfig } from '../config';
import { forgetLocal, restoreLocal, signInAs, type DevUser, type LocalToken } from './localAuth';
import type { EntraAuth } from './entraAuth';
import { isRole, type Session } from './session';

interface Auth {
  config: AppConfig;
  session: Session | null;
  /** The bearer token for the next request, or null when signed out. */
  getToken(): Promise<string | null>;
  signInLocal(user: DevUser): Promise<void>;
  signInEntra(): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}

/** The signed-in session; only for pages behind <RequireSession>. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession without a session');
  return session;
}

export function AuthProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const local = useRef<LocalToken | null>(config.auth.mode === 'local' ? restoreLocal() : null);
  const entra = useRef<EntraAuth | null>(null);
  const [session, setSession] = useState<Session | null>(local.current?.session ?? null);
  const [ready, setReady] = useState(config.auth.mode === 'local');

  useEffect(() => {
    const auth = config.auth;
    if (auth.mode !== 'entra') return;
    let cancelled = false;
    void (async () => {
      const { EntraAuth } = await import('./entraAuth');
      const client = await EntraAuth.create(auth);
      entra.current = client;
      if (client.account) {
        const token = await client.token();
        const me = token ? await fetchViewer(token) : null;
        if (!cancelled && me) setSession({ ...me, displayName: client.account.name ?? me.login });
      }
      if (!cancelled) setReady(true);
    })().catch(() => setReady(true));
    return () => {
      cancelled = true;
    };
  }, [config.auth]);

  const getToken = useCallback(async () => {
    if (config.auth.mode === 'entra') return entra.current?.token() ?? null;
    const current = local.current;
    if (current && current.expiresAt > Date.now()) return current.token;
    return null;
  }, [config.auth.mode]);

  const signInLocal = useCallback(async (user: DevUser) => {
    local.current = await signInAs(user);
    setSession(local.current.session);
  }, []);

  const signInEntra = useCallback(async () => {
    await entra.current?.signIn();
  }, []);

  const signOut = useCallback(() => {
    local.current = null;
    forgetLocal();
    setSession(null);
    if (config.auth.mode === 'entra') void entra.current?.signOut();
  }, [config.auth.mode]);

  const value = useMemo(
    () => ({ config, session, getToken, signInLocal, signInEntra, signOut }),
    [config, session, getToken, signInLocal, signInEntra, signOut],
  );
  if (!ready) return null;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** Entra ID tokens say who, not what: the role and scope come from the API's account. */
async function fetchViewer(token: string): Promise<Omit<Session, 'displayName'> | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { login role regionCode organisationId } }' }),
  });
  const body = (await response.json().catch(() => null)) as { data?: { me?: Record<string, string | null> } } | null;
  const me = body?.data?.me;
  if (!me || !isRole(me.role)) return null;
  return {
    login: me.login ?? '',
    role: me.role,
    regionCode: me.regionCode ?? null,
    regionName: null,
    organisationId: me.organisationId ?? null,
    organisationName: null,
  };
}
