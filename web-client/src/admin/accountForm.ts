import type { Role } from '../auth/session';
import type { FieldCheck } from '../components/FieldProblem';
import type { AccountRole, OrganisationKind, RegionLevel, UserAccountChangesInput, UserAccountInput } from '../gql/graphql';
import { placeProblems, type Problem } from '../graphql/errors';

// What the accounts page lets a person do, as the API decides it (Core's AccountAuthority and
// AccountScope): admins manage every account; an officer the social workers and community staff
// of their sub-district; an organisation's lead its staff, in the lead's own role.

export const accountRoles: readonly AccountRole[] = ['SOCIAL_WORKER', 'COMMUNITY_STAFF', 'SUBDISTRICT_OFFICER', 'DONOR', 'SOCIAL_ORG', 'ADMIN'];

/** Who manages: the signed-in person's role and scope. */
export interface Manager {
  login: string;
  role: Role;
  regionCode: string | null;
  organisationId: string | null;
  organisationName?: string | null;
}

/** The roles a manager gives accounts. */
export function rolesManagedBy(manager: Manager): AccountRole[] {
  switch (manager.role) {
    case 'ADMIN':
      return [...accountRoles];
    case 'SUBDISTRICT_OFFICER':
      return ['SOCIAL_WORKER', 'COMMUNITY_STAFF'];
    case 'DONOR':
    case 'SOCIAL_ORG':
      return [manager.role];
    default:
      return [];
  }
}

/** The roles a manager finds in the list: an officer also sees the officers of their sub-district, without managing them. */
export function rolesListedFor(manager: Manager): AccountRole[] {
  return manager.role === 'SUBDISTRICT_OFFICER' ? ['SOCIAL_WORKER', 'COMMUNITY_STAFF', 'SUBDISTRICT_OFFICER'] : rolesManagedBy(manager);
}

export type ScopeKind = 'none' | 'region' | 'organisation';

/** What an account of the role is scoped to: nothing (admins), an organisation (its staff) or a region. */
export function scopeOf(role: AccountRole | ''): ScopeKind {
  if (role === 'ADMIN' || role === '') return 'none';
  return role === 'DONOR' || role === 'SOCIAL_ORG' ? 'organisation' : 'region';
}

/** A donor's organisation is an enterprise, a social organisation's staff work for a social organisation. */
export function organisationKindFor(role: AccountRole | ''): OrganisationKind | null {
  return role === 'DONOR' ? 'ENTERPRISE' : role === 'SOCIAL_ORG' ? 'SOCIAL_ORGANISATION' : null;
}

/** Community staff serve a community, officers a sub-district; social workers any region. */
export function requiredRegionLevel(role: AccountRole | ''): RegionLevel | null {
  return role === 'COMMUNITY_STAFF' ? 'COMMUNITY' : role === 'SUBDISTRICT_OFFICER' ? 'SUB_DISTRICT' : null;
}

/** The level a 12-digit division code's digits say (as Core's RegionCode.LevelOf). */
export function regionLevelOf(code: string): RegionLevel {
  return code.endsWith('000000') ? 'DISTRICT' : code.endsWith('000') ? 'SUB_DISTRICT' : 'COMMUNITY';
}

/** The sub-district a region lies in (itself for a sub-district); none for a district. */
export function subDistrictOf(code: string): string | null {
  const level = regionLevelOf(code);
  return level === 'DISTRICT' ? null : level === 'SUB_DISTRICT' ? code : `${code.slice(0, 9)}000`;
}

/** True when `code` is `region` or lies under it (the codes of a region's descendants share its significant digits). */
export function regionCovers(region: string, code: string): boolean {
  const level = regionLevelOf(region);
  const prefix = level === 'DISTRICT' ? region.slice(0, 6) : level === 'SUB_DISTRICT' ? region.slice(0, 9) : region;
  return code.startsWith(prefix);
}

interface Scoped {
  login: string;
  role: AccountRole;
  regionCode?: string | null;
  organisationId?: string | null;
}

/** Whether the manager may change the account (the list shows an officer some they may not). */
export function mayManage(manager: Manager, account: Scoped): boolean {
  switch (manager.role) {
    case 'ADMIN':
      return true;
    case 'SUBDISTRICT_OFFICER':
      return (account.role === 'SOCIAL_WORKER' || account.role === 'COMMUNITY_STAFF') && !!manager.regionCode && !!account.regionCode && regionCovers(manager.regionCode, account.regionCode);
    case 'DONOR':
    case 'SOCIAL_ORG':
      return account.role === manager.role && !!manager.organisationId && account.organisationId === manager.organisationId;
    default:
      return false;
  }
}

/** Nobody deactivates, reactivates or re-scopes their own account. */
export const isSelf = (manager: Manager, account: { login: string }) => manager.login === account.login;

/** The form's state: text as typed, a role not yet chosen as ''. */
export interface AccountDraft {
  login: string;
  displayName: string;
  email: string;
  role: AccountRole | '';
  regionCode: string;
  organisationId: string;
  leadsOrganisation: boolean;
}

/** A new account's form: the role is given when the manager gives only one, and an organisation's lead adds to their own. */
export function emptyDraft(manager: Manager): AccountDraft {
  const roles = rolesManagedBy(manager);
  const role = roles.length === 1 ? roles[0] : '';
  const organisationId = scopeOf(role) === 'organisation' ? (manager.organisationId ?? '') : '';
  return { login: '', displayName: '', email: '', role, regionCode: '', organisationId, leadsOrganisation: false };
}

export function draftOf(account: Scoped & { displayName: string; email?: string | null; leadsOrganisation: boolean }): AccountDraft {
  return {
    login: account.login,
    displayName: account.displayName,
    email: account.email ?? '',
    role: account.role,
    regionCode: account.regionCode ?? '',
    organisationId: account.organisationId ?? '',
    leadsOrganisation: account.leadsOrganisation,
  };
}

/** A new role keeps the scope when it is of the same kind (region ↔ region); otherwise it is asked again. */
export function withRole(draft: AccountDraft, role: AccountRole | '', manager: Manager): AccountDraft {
  const kind = scopeOf(role);
  // An organisation's lead adds to their own organisation; an admin picks one of the role's kind.
  const sameOrganisationKind = organisationKindFor(role) === organisationKindFor(draft.role);
  const organisationId = manager.role === 'ADMIN' ? (sameOrganisationKind ? draft.organisationId : '') : (manager.organisationId ?? '');
  return {
    ...draft,
    role,
    regionCode: kind === 'region' && scopeOf(draft.role) === 'region' ? draft.regionCode : '',
    organisationId: kind === 'organisation' ? organisationId : '',
    leadsOrganisation: kind === 'organisation' && draft.leadsOrganisation,
  };
}

export const accountFields = ['login', 'displayName', 'email', 'role', 'regionCode', 'organisationId'] as const;
export type AccountField = (typeof accountFields)[number];

// As the API checks them (Core's AccountLogin).
const loginPattern = /^[a-z0-9._-]{3,100}$/;
const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** What the API would refuse, said beside the field before anything is sent. */
export function draftChecks(draft: AccountDraft, { creating }: { creating: boolean }): Partial<Record<AccountField, FieldCheck>> {
  const checks: Partial<Record<AccountField, FieldCheck>> = {};
  const login = draft.login.trim();
  if (creating) {
    if (!login) checks.login = { key: 'accounts.check.loginRequired' };
    else if (!loginPattern.test(login)) checks.login = { key: 'accounts.check.login' };
  }
  const name = draft.displayName.trim();
  if (!name) checks.displayName = { key: 'accounts.check.displayName' };
  else if (name.length > 100) checks.displayName = { key: 'accounts.check.displayNameLength' };
  const email = draft.email.trim();
  if (email && (email.length > 254 || !emailPattern.test(email))) checks.email = { key: 'accounts.check.email' };
  if (!draft.role) checks.role = { key: 'accounts.check.role' };
  const scope = scopeOf(draft.role);
  if (scope === 'region') {
    const level = requiredRegionLevel(draft.role);
    if (!draft.regionCode) checks.regionCode = { key: level === 'COMMUNITY' ? 'accounts.check.community' : level === 'SUB_DISTRICT' ? 'accounts.check.subDistrict' : 'accounts.check.region' };
    else if (level && regionLevelOf(draft.regionCode) !== level) checks.regionCode = { key: level === 'COMMUNITY' ? 'accounts.check.community' : 'accounts.check.subDistrict' };
  }
  if (scope === 'organisation' && !draft.organisationId) checks.organisationId = { key: 'accounts.check.organisation' };
  return checks;
}

/** A new account as the API takes it: only the scope its role has. */
export function createInput(draft: AccountDraft): UserAccountInput {
  if (!draft.role) throw new Error('A role is needed');
  const scope = scopeOf(draft.role);
  return {
    login: draft.login.trim(),
    displayName: draft.displayName.trim(),
    email: draft.email.trim() || null,
    role: draft.role,
    regionCode: scope === 'region' ? draft.regionCode : null,
    organisationId: scope === 'organisation' ? draft.organisationId : null,
    leadsOrganisation: scope === 'organisation' && draft.leadsOrganisation,
  };
}

/**
 * What changes, and only that (what is left out stays): an e-mail emptied is removed ('' to the
 * API); a role of another kind carries its new scope, which the API requires.
 */
export function changesInput(before: AccountDraft, after: AccountDraft): UserAccountChangesInput {
  if (!after.role) throw new Error('A role is needed');
  const changes: UserAccountChangesInput = {};
  const scope = scopeOf(after.role);
  const roleChanged = after.role !== before.role;
  if (after.displayName.trim() !== before.displayName) changes.displayName = after.displayName.trim();
  if (after.email.trim() !== before.email) changes.email = after.email.trim();
  if (roleChanged) changes.role = after.role;
  if (scope === 'region' && (roleChanged || after.regionCode !== before.regionCode)) changes.regionCode = after.regionCode;
  if (scope === 'organisation' && (roleChanged || after.organisationId !== before.organisationId)) changes.organisationId = after.organisationId;
  if (scope === 'organisation' && after.leadsOrganisation !== before.leadsOrganisation) changes.leadsOrganisation = after.leadsOrganisation;
  return changes;
}

/** The API says CONFLICT for a taken login and for a taken e-mail address; its message tells which. */
export function conflictField(problem: Problem): 'login' | 'email' {
  return /e-?mail/i.test(problem.detail ?? '') ? 'email' : 'login';
}

/** The API's refusals beside the fields the form shows (the login only when creating), the rest for the form. */
export function placeAccountProblems(problems: Problem[], { creating }: { creating: boolean }) {
  const shown: readonly string[] = creating ? accountFields : accountFields.filter((f) => f !== 'login');
  const conflicts = problems.filter((p) => p.code === 'CONFLICT');
  const placed = placeProblems(problems.filter((p) => p.code !== 'CONFLICT'), shown);
  for (const p of conflicts) {
    const field = conflictField(p);
    if (shown.includes(field) && !placed.byField[field]) placed.byField[field] = p;
    else placed.rest.push(p);
  }
  return placed;
}

/** The sentence beside a field for a refusal the form knows (a taken login or address). */
export function conflictCheck(problem: Problem | undefined): FieldCheck | undefined {
  if (problem?.code !== 'CONFLICT') return undefined;
  return { key: conflictField(problem) === 'email' ? 'accounts.check.emailTaken' : 'accounts.check.loginTaken' };
}
