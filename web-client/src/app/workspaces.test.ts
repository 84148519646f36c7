import { activeNavItem, navFor } from './workspaces';

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
