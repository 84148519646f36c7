import type { Problem } from '../graphql/errors';
import {
  changesInput,
  createInput,
  draftChecks,
  draftOf,
  emptyDraft,
  mayManage,
  placeAccountProblems,
  regionLevelOf,
  rolesListedFor,
  rolesManagedBy,
  scopeOf,
  subDistrictOf,
  withRole,
  type AccountDraft,
  type Manager,
} from './accountForm';

const admin: Manager = { login: 'admin', role: 'ADMIN', regionCode: null, organisationId: null };
const officer: Manager = { login: 'officer.xiaoyaojin', role: 'SUBDISTRICT_OFFICER', regionCode: '340103002000', organisationId: null };
const lead: Manager = { login: 'donor.hefei-telecom', role: 'DONOR', regionCode: null, organisationId: 'org-telecom' };
const worker: Manager = { login: 'worker.xianqiao', role: 'SOCIAL_WORKER', regionCode: '340103002001', organisationId: null };

const draft = (change: Partial<AccountDraft>): AccountDraft => ({
  login: 'worker.new',
  displayName: '新社工',
  email: '',
  role: 'SOCIAL_WORKER',
  regionCode: '340103002001',
  organisationId: '',
  leadsOrganisation: false,
  ...change,
});

describe('who gives which roles', () => {
  it('lets admins give every role, officers their social workers and community staff, a lead their own role', () => {
    expect(rolesManagedBy(admin)).toHaveLength(6);
    expect(rolesManagedBy(officer)).toEqual(['SOCIAL_WORKER', 'COMMUNITY_STAFF']);
    expect(rolesManagedBy(lead)).toEqual(['DONOR']);
    expect(rolesManagedBy(worker)).toEqual([]);
  });

  it("lists an officer's fellow officers, whom they do not manage", () => {
    expect(rolesListedFor(officer)).toContain('SUBDISTRICT_OFFICER');
    expect(mayManage(officer, { login: 'officer.other', role: 'SUBDISTRICT_OFFICER', regionCode: '340103002000' })).toBe(false);
  });

  it('lets an officer manage within their sub-district only', () => {
    expect(mayManage(officer, { login: 'w', role: 'SOCIAL_WORKER', regionCode: '340103002001' })).toBe(true);
    expect(mayManage(officer, { login: 'w', role: 'COMMUNITY_STAFF', regionCode: '340103002000' })).toBe(true);
    expect(mayManage(officer, { login: 'w', role: 'SOCIAL_WORKER', regionCode: '340103001001' })).toBe(false);
    expect(mayManage(officer, { login: 'w', role: 'SOCIAL_WORKER', regionCode: '340103000000' })).toBe(false);
  });

  it("lets a lead manage their organisation's staff of their own role", () => {
    expect(mayManage(lead, { login: 's', role: 'DONOR', organisationId: 'org-telecom' })).toBe(true);
    expect(mayManage(lead, { login: 's', role: 'DONOR', organisationId: 'org-other' })).toBe(false);
    expect(mayManage(lead, { login: 's', role: 'SOCIAL_ORG', organisationId: 'org-telecom' })).toBe(false);
  });
});

describe('the scope a role has', () => {
  it('is a region, an organisation or nothing', () => {
    expect(scopeOf('COMMUNITY_STAFF')).toBe('region');
    expect(scopeOf('SUBDISTRICT_OFFICER')).toBe('region');
    expect(scopeOf('SOCIAL_ORG')).toBe('organisation');
    expect(scopeOf('ADMIN')).toBe('none');
  });

  it("reads a region's level and sub-district from its code", () => {
    expect(regionLevelOf('340103000000')).toBe('DISTRICT');
    expect(regionLevelOf('340103002000')).toBe('SUB_DISTRICT');
    expect(regionLevelOf('340103002001')).toBe('COMMUNITY');
    expect(subDistrictOf('340103002001')).toBe('340103002000');
    expect(subDistrictOf('340103000000')).toBeNull();
  });

  it('gives a lead their own role and organisation, and leaves the choice to admins and officers', () => {
    expect(emptyDraft(lead)).toMatchObject({ role: 'DONOR', organisationId: 'org-telecom' });
    expect(emptyDraft(officer)).toMatchObject({ role: '', organisationId: '' });
    expect(emptyDraft(admin).role).toBe('');
  });

  it('keeps a region across region roles and drops it for another kind', () => {
    const picked = draft({ regionCode: '340103002001' });
    expect(withRole(picked, 'COMMUNITY_STAFF', admin).regionCode).toBe('340103002001');
    expect(withRole(picked, 'DONOR', admin)).toMatchObject({ regionCode: '', organisationId: '' });
    expect(withRole(picked, 'ADMIN', admin)).toMatchObject({ regionCode: '', organisationId: '', leadsOrganisation: false });
    const ofDonor = draft({ role: 'DONOR', regionCode: '', organisationId: 'org-telecom', leadsOrganisation: true });
    expect(withRole(ofDonor, 'SOCIAL_ORG', admin).organisationId).toBe(''); // an enterprise is no social organisation
  });
});

describe('draftChecks', () => {
  it('asks what the API would refuse, field by field', () => {
    expect(draftChecks(draft({}), { creating: true })).toEqual({});
    expect(Object.keys(draftChecks(draft({ login: 'Worker New', displayName: ' ', email: 'not-an-address', role: '' }), { creating: true })).sort()).toEqual(['displayName', 'email', 'login', 'role']);
    expect(draftChecks(draft({ login: '' }), { creating: false }).login).toBeUndefined();
  });

  it('asks community staff for a community and officers for a sub-district', () => {
    expect(draftChecks(draft({ role: 'COMMUNITY_STAFF', regionCode: '340103002000' }), { creating: true }).regionCode?.key).toBe('accounts.check.community');
    expect(draftChecks(draft({ role: 'SUBDISTRICT_OFFICER', regionCode: '340103002001' }), { creating: true }).regionCode?.key).toBe('accounts.check.subDistrict');
    expect(draftChecks(draft({ role: 'SOCIAL_WORKER', regionCode: '340103000000' }), { creating: true }).regionCode).toBeUndefined();
    expect(draftChecks(draft({ role: 'SOCIAL_WORKER', regionCode: '' }), { creating: true }).regionCode?.key).toBe('accounts.check.region');
  });

  it('asks organisation staff for their organisation, and admins for nothing', () => {
    expect(draftChecks(draft({ role: 'DONOR', regionCode: '' }), { creating: true }).organisationId).toBeDefined();
    expect(draftChecks(draft({ role: 'ADMIN', regionCode: '' }), { creating: true })).toEqual({});
  });
});

describe('what is sent', () => {
  it('sends a new account with the scope its role has, and no other', () => {
    expect(createInput(draft({ login: ' worker.new ', email: ' ', organisationId: 'x', leadsOrganisation: true }))).toEqual({
      login: 'worker.new',
      displayName: '新社工',
      email: null,
      role: 'SOCIAL_WORKER',
      regionCode: '340103002001',
      organisationId: null,
      leadsOrganisation: false,
    });
    expect(createInput(draft({ role: 'DONOR', regionCode: '340103002001', organisationId: 'org-telecom', leadsOrganisation: true }))).toMatchObject({
      regionCode: null,
      organisationId: 'org-telecom',
      leadsOrganisation: true,
    });
  });

  it('sends only what changed; an emptied e-mail is removed; a new role carries its scope', () => {
    const before = draftOf({ login: 'w', displayName: '李敏', email: 'li@example.cn', role: 'SOCIAL_WORKER', regionCode: '340103002001', organisationId: null, leadsOrganisation: false });
    expect(changesInput(before, { ...before })).toEqual({});
    expect(changesInput(before, { ...before, displayName: '李敏 ', email: '' })).toEqual({ email: '' });
    expect(changesInput(before, { ...before, role: 'COMMUNITY_STAFF' })).toEqual({ role: 'COMMUNITY_STAFF', regionCode: '340103002001' });
    expect(changesInput(before, { ...before, role: 'DONOR', regionCode: '', organisationId: 'org' })).toEqual({ role: 'DONOR', organisationId: 'org' });
  });
});

describe('placeAccountProblems', () => {
  const conflict = (detail: string): Problem => ({ code: 'CONFLICT', messageKey: 'errors.CONFLICT', detail });

  it('puts a taken login beside the login and a taken address beside the e-mail', () => {
    const placed = placeAccountProblems([conflict("The login 'worker.new' is taken; choose another."), conflict('Another account has the e-mail address li@example.cn.')], { creating: true });
    expect(Object.keys(placed.byField).sort()).toEqual(['email', 'login']);
    expect(placed.rest).toEqual([]);
  });

  it('places a VALIDATION by the field it names, and keeps the rest for the form', () => {
    const validation: Problem = { code: 'VALIDATION', messageKey: 'errors.VALIDATION', field: 'regionCode', detail: 'A COMMUNITY_STAFF account serves a community' };
    const forbidden: Problem = { code: 'FORBIDDEN', messageKey: 'errors.FORBIDDEN' };
    const placed = placeAccountProblems([validation, forbidden], { creating: false });
    expect(placed.byField.regionCode).toBe(validation);
    expect(placed.rest).toEqual([forbidden]);
  });

  it('keeps a taken login for the form when the login is not shown (changing an account)', () => {
    expect(placeAccountProblems([conflict("The login 'x' is taken.")], { creating: false }).rest).toHaveLength(1);
  });
});
