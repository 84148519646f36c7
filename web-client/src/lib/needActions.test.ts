import { needActions } from './needActions';

const worker = { login: 'worker.xianqiao', role: 'SOCIAL_WORKER' as const };
const other = { login: 'worker2.xianqiao', role: 'SOCIAL_WORKER' as const };
const staff = { login: 'grid.xianqiao', role: 'COMMUNITY_STAFF' as const };
const officer = { login: 'officer.xiaoyaojin', role: 'SUBDISTRICT_OFFICER' as const };
const donor = { login: 'donor.hefei-telecom', role: 'DONOR' as const };
const list = (s: Set<string>) => [...s].sort();

describe('needActions', () => {
  it('lets a social worker claim an unclaimed reported or verified need', () => {
    expect(needActions({ status: 'REPORTED', claimedBy: null }, worker).has('claim')).toBe(true);
    expect(needActions({ status: 'VERIFIED', claimedBy: null }, worker).has('claim')).toBe(true);
    expect(needActions({ status: 'CLAIMED', claimedBy: 'worker2.xianqiao' }, worker).has('claim')).toBe(false);
    expect(needActions({ status: 'REPORTED', claimedBy: null }, staff).has('claim')).toBe(false);
  });

  it('gives the holder release, propose, clear and the household file', () => {
    expect(list(needActions({ status: 'CLAIMED', claimedBy: worker.login }, worker))).toEqual(['cancel', 'clear', 'note', 'propose', 'release', 'seeHousehold']);
    expect(list(needActions({ status: 'IN_SERVICE', claimedBy: worker.login }, worker))).toEqual(['cancel', 'clear', 'note', 'propose', 'seeHousehold']);
  });

  it('gives another worker of the area only notes', () => {
    expect(list(needActions({ status: 'CLAIMED', claimedBy: worker.login }, other))).toEqual(['note']);
  });

  it('lets officers follow and reassign any held need, and staff verify or cancel reported ones', () => {
    expect(list(needActions({ status: 'MATCHED', claimedBy: worker.login }, officer))).toEqual(['cancel', 'clear', 'note', 'propose', 'reassign', 'seeHousehold']);
    expect(list(needActions({ status: 'REPORTED', claimedBy: null }, staff))).toEqual(['cancel', 'note', 'seeHousehold', 'verify']);
    expect(needActions({ status: 'REPORTED', claimedBy: null }, officer).has('reassign')).toBe(false);
  });

  it('lets the last holder or an officer reopen a cleared or cancelled need, and offers donors nothing', () => {
    expect(list(needActions({ status: 'CLEARED', claimedBy: worker.login }, worker))).toEqual(['note', 'reopen']);
    expect(list(needActions({ status: 'CANCELLED', claimedBy: null }, officer))).toEqual(['note', 'reopen', 'seeHousehold']);
    expect(list(needActions({ status: 'CLEARED', claimedBy: worker.login }, other))).toEqual(['note']);
    expect(list(needActions({ status: 'REPORTED', claimedBy: null }, donor))).toEqual([]);
  });
});
