import { activeNavItem, navFor, registryRoles } from './workspaces';

describe('activeNavItem', () => {
  it('marks the page a path belongs to, the most specific item winning', () => {
    const items = navFor('SOCIAL_ORG');
    expect(activeNavItem(items, '/org')?.to).toBe('/org');
    expect(activeNavItem(items, '/org/resources/42')?.to).toBe('/org');
    expect(activeNavItem(items, '/org/projects')?.to).toBe('/org/projects');
    expect(activeNavItem(items, '/org/impact')?.to).toBe('/org/impact');
    expect(activeNavItem(items, '/organisation')).toBeUndefined();
  });

  it('keeps the import page apart from the community page', () => {
    const items = navFor('COMMUNITY_STAFF');
    expect(activeNavItem(items, '/community')?.to).toBe('/community');
    expect(activeNavItem(items, '/community/import')?.to).toBe('/community/import');
  });
});

describe('navFor', () => {
  it("gives officers their sub-district's applications, organisations and accounts, after the dashboard they land on", () => {
    expect(navFor('SUBDISTRICT_OFFICER').map((i) => i.to)).toEqual(['/office', '/applications', '/organisations', '/accounts', '/registry', '/registry/duplicates', '/needs', '/graphiql']);
  });

  it("shows an organisation's staff page to its lead only", () => {
    for (const role of ['DONOR', 'SOCIAL_ORG'] as const) {
      expect(navFor(role).some((i) => i.to === '/org/staff'), role).toBe(false);
      expect(navFor(role, { leadsOrganisation: true }).some((i) => i.to === '/org/staff'), role).toBe(true);
    }
    const items = navFor('DONOR', { leadsOrganisation: true });
    expect(activeNavItem(items, '/org/staff')?.to).toBe('/org/staff');
  });

  it('offers accounts to no one who would be refused them', () => {
    for (const role of ['SOCIAL_WORKER', 'COMMUNITY_STAFF'] as const) {
      expect(navFor(role, { leadsOrganisation: true }).some((i) => i.to === '/accounts' || i.to === '/org/staff'), role).toBe(false);
    }
  });

  it('lands admins in their workspace, whose tabs are pages under /admin', () => {
    const items = navFor('ADMIN');
    expect(items[0].to).toBe('/admin');
    expect(activeNavItem(items, '/admin/categories')?.to).toBe('/admin');
  });

  it('offers the applications to no one else', () => {
    for (const role of ['SOCIAL_WORKER', 'COMMUNITY_STAFF', 'DONOR', 'SOCIAL_ORG'] as const) {
      expect(navFor(role).some((i) => i.to === '/applications' || i.to === '/admin'), role).toBe(false);
    }
  });

  it('offers the household registry to caseworkers and officers, never to organisations, and the duplicates to officers only', () => {
    for (const role of ['SOCIAL_WORKER', 'COMMUNITY_STAFF', 'SUBDISTRICT_OFFICER', 'ADMIN'] as const) {
      expect(navFor(role).some((i) => i.to === '/registry'), role).toBe(true);
      expect(registryRoles.includes(role), role).toBe(true);
    }
    for (const role of ['DONOR', 'SOCIAL_ORG'] as const) {
      expect(navFor(role, { leadsOrganisation: true }).some((i) => i.to.startsWith('/registry')), role).toBe(false);
      expect(registryRoles.includes(role), role).toBe(false);
    }
    expect(navFor('COMMUNITY_STAFF').some((i) => i.to === '/registry/duplicates')).toBe(false);
    expect(activeNavItem(navFor('SUBDISTRICT_OFFICER'), '/registry/duplicates')?.to).toBe('/registry/duplicates');
    expect(activeNavItem(navFor('SUBDISTRICT_OFFICER'), '/registry/households/1')?.to).toBe('/registry');
  });
});
