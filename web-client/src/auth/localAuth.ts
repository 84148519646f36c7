import { isRole, type Session } from './session';

/** A demo user as listed by GET /dev/token (local mode only). */
export interface DevUser {
  login: string;
  displayName: string;
  role: string;
  regionCode: string | null;
  regionName: string | null;
  organisationId: string | null;
  organisationName: string | null;
}

export interface LocalToken {
  session: Session;
  token: string;
  expiresAt: number;
}

const storageKey = 'marketplace.local-session';

export async function listDevUsers(): Promise<DevUser[]> {
  const response = await fetch('/dev/token', { headers: { accept: 'application/json' } });
  if (response.status === 404) throw new Error('LOCAL_MODE_OFF');
  if (!response.ok) throw new Error(`HTTP_${response.status}`);
  return (await response.json()) as DevUser[];
}

export async function signInAs(user: DevUser, now = Date.now()): Promise<LocalToken> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ user: user.login }),
  });
  if (!response.ok) throw new Error(`HTTP_${response.status}`);
  const body = (await response.json()) as { access_token: string; expires_in: number };
  if (!isRole(user.role)) throw new Error(`Unknown role ${user.role}`);
  const session: Session = { ...user, role: user.role };
  const signedIn = { session, token: body.access_token, expiresAt: now + body.expires_in * 1000 };
  localStorage.setItem(storageKey, JSON.stringify(signedIn));
  return signedIn;
}

/** The stored sign-in, unless it has expired (a minute's margin, so no request leaves with a dying token). */
export function restoreLocal(now = Date.now()): LocalToken | null {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as LocalToken | null;
    if (stored && stored.expiresAt - 60_000 > now && isRole(stored.session?.role)) return stored;
  } catch {
    // A damaged entry is as good as none.
  }
  localStorage.removeItem(storageKey);
  return null;
}

export function forgetLocal() {
  localStorage.removeItem(storageKey);
}
