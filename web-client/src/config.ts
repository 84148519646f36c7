/**
 * Runtime configuration, read from /config.json so that one build serves every deployment
 * (replace the file beside index.html; nothing is baked in at build time).
 */
export type AuthConfig =
  | { mode: 'local' }
  | { mode: 'entra'; clientId: string; authority: string; scopes: string[]; redirectUri?: string };

export interface TileConfig {
  /** A Leaflet tile URL template, e.g. https://tiles.example/{z}/{x}/{y}.png */
  url: string;
  attribution?: string;
}

export interface AppConfig {
  auth: AuthConfig;
  /** No tile server is assumed: without one, maps draw the API's GeoJSON on a plain background. */
  tiles: TileConfig | null;
}

export const defaultConfig: AppConfig = { auth: { mode: 'local' }, tiles: null };

export function parseConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null) return defaultConfig;
  const value = raw as Partial<AppConfig>;
  const auth = value.auth?.mode === 'entra' ? entraConfig(value.auth) : { mode: 'local' as const };
  const tiles = value.tiles && typeof value.tiles.url === 'string' && value.tiles.url ? value.tiles : null;
  return { auth, tiles };
}

function entraConfig(auth: Partial<Extract<AuthConfig, { mode: 'entra' }>>): AuthConfig {
  if (!auth.clientId || !auth.authority) {
    throw new Error('config.json: auth.mode "entra" needs auth.clientId and auth.authority');
  }
  return {
    mode: 'entra',
    clientId: auth.clientId,
    authority: auth.authority,
    scopes: auth.scopes?.length ? auth.scopes : [`api://${auth.clientId}/.default`],
    redirectUri: auth.redirectUri,
  };
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' }).catch(() => null);
  if (!response?.ok) return defaultConfig;
  return parseConfig(await response.json().catch(() => null));
}
