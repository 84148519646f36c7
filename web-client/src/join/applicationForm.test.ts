import en from '../i18n/en.json';
import zhCN from '../i18n/zh-CN.json';
import { applicationInput, checkApplication, emptyApplication, type ApplicationForm } from './applicationForm';

const filled: ApplicationForm = {
  ...emptyApplication,
  name: '  县桥爱心餐厅 ',
  creditCode: '9135 0100 m000 100y 43',
  regionCode: '340103002001',
  address: '县桥社区 8 号',
  contactName: '周经理',
  contactPhone: '0551-62000000',
  categoryCodes: ['MEAL_DELIVERY'],
  description: '   ',
};
const here = { latitude: 31.8655, longitude: 117.288 };

describe('checkApplication', () => {
  it('has nothing to say of a complete form', () => {
    expect(checkApplication(filled, here)).toEqual({});
  });

  it('names every missing field, the community and the point on the map', () => {
    const found = checkApplication(emptyApplication, null);
    expect(Object.keys(found).sort()).toEqual(['address', 'contactName', 'contactPhone', 'creditCode', 'location', 'name', 'regionCode']);
    expect(found.name).toEqual({ key: 'join.problem.required' });
    expect(found.regionCode).toEqual({ key: 'join.problem.community' });
    expect(found.location).toEqual({ key: 'join.problem.location' });
    expect(found.creditCode).toEqual({ key: 'creditCode.problem.length', values: { length: 0 } });
  });

  it('checks the credit code as the API does, saying which character the code should end with', () => {
    expect(checkApplication({ ...filled, creditCode: '91350100M000100Y44' }, here).creditCode).toEqual({ key: 'creditCode.problem.check', values: { expected: '3' } });
  });

  it('checks the phone number and the lengths as the API does', () => {
    expect(checkApplication({ ...filled, contactPhone: 'call me' }, here).contactPhone).toEqual({ key: 'join.problem.phone' });
    expect(checkApplication({ ...filled, name: 'x'.repeat(201) }, here).name).toEqual({ key: 'join.problem.tooLong', values: { max: 200 } });
  });

  it('has a sentence for every problem it can name, in both languages', () => {
    const keys = ['join.problem.required', 'join.problem.tooLong', 'join.problem.phone', 'join.problem.community', 'join.problem.location'];
    keys.push(...['length', 'character', 'division', 'check'].map((k) => `creditCode.problem.${k}`));
    const lookup = (table: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], table);
    for (const key of keys) {
      expect(lookup(zhCN, key), key).toEqual(expect.any(String));
      expect(lookup(en, key), key).toEqual(expect.any(String));
    }
    // The credit code's sentences name the field they are about.
    for (const k of ['length', 'character', 'division', 'check']) {
      expect(lookup(zhCN, `creditCode.problem.${k}`)).toContain('统一社会信用代码');
      expect(lookup(en, `creditCode.problem.${k}`)).toContain('Unified social credit code');
    }
  });
});

describe('applicationInput', () => {
  it('sends the form trimmed, the code in capitals without spaces, and no empty description', () => {
    expect(applicationInput(filled, here)).toEqual({
      name: '县桥爱心餐厅',
      kind: 'ENTERPRISE',
      creditCode: '91350100M000100Y43',
      regionCode: '340103002001',
      latitude: 31.8655,
      longitude: 117.288,
      address: '县桥社区 8 号',
      contactName: '周经理',
      contactPhone: '0551-62000000',
      categoryCodes: ['MEAL_DELIVERY'],
      description: null,
    });
  });
});
