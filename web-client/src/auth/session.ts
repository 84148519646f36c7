export const roles = ['SOCIAL_WORKER', 'COMMUNITY_STAFF', 'SUBDISTRICT_OFFICER', 'DONOR', 'SOCIAL_ORG', 'ADMIN'] as const;
export type Role = (typeof roles)[number];

/** Who is signed in. The token itself is held by the authenticator (local storage or MSAL). */
export interface Session {
  login: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  regionName: string | null;
  organisationId: string | null;
  organisationName: string | null;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export const isOrganisationRole = (role: Role) => role === 'DONOR' || role === 'SOCIAL_ORG';
