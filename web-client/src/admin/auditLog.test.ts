import { auditChanges, auditFilter, emptyAuditFilter } from './auditLog';

describe('auditChanges', () => {
  it('lists what an approval changed, leaving out what it did not', () => {
    const changes = auditChanges('{"status":"Pending"}', '{"status":"Approved","staffLogin":"staff.e2e","organisationId":"0193"}');
    expect(changes).toEqual([
      { field: 'status', before: 'Pending', after: 'Approved' },
      { field: 'staffLogin', before: null, after: 'staff.e2e' },
      { field: 'organisationId', before: null, after: '0193' },
    ]);
    expect(auditChanges('{"name":"理发","sortOrder":10}', '{"name":"理发","sortOrder":20}')).toEqual([{ field: 'sortOrder', before: '10', after: '20' }]);
  });

  it('reads a creation (no before) and values that are not text', () => {
    expect(auditChanges(null, '{"name":"洗衣","parentCode":null,"tags":["a"]}')).toEqual([
      { field: 'name', before: null, after: '洗衣' },
      { field: 'tags', before: null, after: '["a"]' },
    ]);
  });

  it('shows what is not a JSON object as it is', () => {
    expect(auditChanges('not json', null)).toEqual([{ field: 'value', before: 'not json', after: null }]);
  });
});

describe('auditFilter', () => {
  it('leaves out what is empty and trims the rest', () => {
    expect(auditFilter({ ...emptyAuditFilter, actor: ' officer.xiaoyaojin ', action: 'organisation.approved' })).toEqual({ actor: 'officer.xiaoyaojin', action: 'organisation.approved' });
    expect(auditFilter(emptyAuditFilter)).toEqual({});
  });

  it('takes the days whole: from the first midnight to the end of the last day', () => {
    const { from, to } = auditFilter({ ...emptyAuditFilter, from: '2026-12-01', to: '2026-12-01' });
    expect(new Date(to!).getTime() - new Date(from!).getTime()).toBe(24 * 3600 * 1000 - 1);
    expect(new Date(from!).getHours()).toBe(0);
  });
});
