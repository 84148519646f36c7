import type { Role } from '../auth/session';

export interface NavItem {
  to: string;
  labelKey: string;
}

const worker: NavItem = { to: '/needs', labelKey: 'nav.needs' };
const community: NavItem = { to: '/community', labelKey: 'nav.community' };
const communityImport: NavItem = { to: '/community/import', labelKey: 'nav.import' };
const office: NavItem = { to: '/office', labelKey: 'nav.office' };
const resources: NavItem = { to: '/org', labelKey: 'nav.resources' };
const impact: NavItem = { to: '/org/impact', labelKey: 'nav.impact' };
const projects: NavItem = { to: '/org/projects', labelKey: 'nav.projects' };
const applications: NavItem = { to: '/applications', labelKey: 'nav.applications' };
const organisations: NavItem = { to: '/organisations', labelKey: 'nav.organisations' };
const accounts: NavItem = { to: '/accounts', labelKey: 'nav.accounts' };
const staff: NavItem = { to: '/org/staff', labelKey: 'nav.staff' };
const admin: NavItem = { to: '/admin', labelKey: 'nav.admin' };
const registry: NavItem = { to: '/registry', labelKey: 'nav.registry' };
const duplicates: NavItem = { to: '/registry/duplicates', labelKey: 'nav.duplicates' };
const graphiql: NavItem = { to: '/graphiql', labelKey: 'nav.graphiql' };

/**
 * Each role's workspace: its pages, the first one being where it lands after sign-in. An
 * organisation's staff see "Staff" only when they lead it (`me` does not say so: the layout asks
 * the API whether they may list accounts, and passes the answer here).
 */
export function navFor(role: Role, { leadsOrganisation = false }: { leadsOrganisation?: boolean } = {}): NavItem[] {
  const ifLead = leadsOrganisation ? [staff] : [];
  switch (role) {
    case 'SOCIAL_WORKER':
      return [worker, registry, graphiql];
    case 'COMMUNITY_STAFF':
      return [community, communityImport, registry, worker, graphiql];
    case 'SUBDISTRICT_OFFICER':
      return [office, applications, organisations, accounts, registry, duplicates, worker, graphiql];
    case 'DONOR':
      return [resources, impact, ...ifLead, graphiql];
    case 'SOCIAL_ORG':
      return [resources, projects, impact, ...ifLead, graphiql];
    case 'ADMIN':
      return [admin, office, worker, community, communityImport, registry, duplicates, resources, graphiql];
  }
}

export const homeFor = (role: Role) => navFor(role)[0].to;

/**
 * The page a path belongs to: the item whose path is the longest prefix of it, so that
 * /org/projects is Projects and /org/resources/… is Resources, not both.
 */
export function activeNavItem(items: NavItem[], pathname: string): NavItem | undefined {
  return items
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];
}

/** Who may open a registry page at all (the API decides the rest); a donor's or an organisation's staff never. */
export const registryRoles: readonly Role[] = ['COMMUNITY_STAFF', 'SOCIAL_WORKER', 'SUBDISTRICT_OFFICER', 'ADMIN'];
export const duplicatesRoles: readonly Role[] = ['SUBDISTRICT_OFFICER', 'ADMIN'];
