import { categoryCodeProblem, withEdits, type AdminCategory } from './categoryEdits';

const listed: AdminCategory[] = [
  { code: 'DAILY_LIVING_CARE', name: '生活照料', nameEn: 'Daily-living care' },
  { code: 'MEAL_DELIVERY', name: '助餐', nameEn: 'Meal delivery', parentCode: 'DAILY_LIVING_CARE' },
  { code: 'HOUSEKEEPING', name: '家政保洁', nameEn: 'Housekeeping', parentCode: 'DAILY_LIVING_CARE' },
  { code: 'LEGAL_AID', name: '法律援助', nameEn: 'Legal aid' },
];

describe('withEdits', () => {
  it('shows a changed category as the API answered the change', () => {
    const retired = { ...listed[3], retiredAt: '2026-12-06T00:00:00Z' };
    expect(withEdits(listed, new Map([['LEGAL_AID', retired]]))[3]).toBe(retired);
  });

  it("places a new sub-category after its parent's last child", () => {
    const laundry = { code: 'LAUNDRY', name: '洗衣', nameEn: 'Laundry', parentCode: 'DAILY_LIVING_CARE' };
    expect(withEdits(listed, new Map([['LAUNDRY', laundry]])).map((c) => c.code)).toEqual(['DAILY_LIVING_CARE', 'MEAL_DELIVERY', 'HOUSEKEEPING', 'LAUNDRY', 'LEGAL_AID']);
  });

  it('places a new top-level category at the end, and once the list has it, only once', () => {
    const sports = { code: 'SPORTS', name: '体育', nameEn: 'Sports' };
    expect(withEdits(listed, new Map([['SPORTS', sports]])).map((c) => c.code).at(-1)).toBe('SPORTS');
    expect(withEdits([...listed, sports], new Map([['SPORTS', sports]])).filter((c) => c.code === 'SPORTS')).toHaveLength(1);
  });
});

describe('categoryCodeProblem', () => {
  it('takes capitals, digits and underscores, starting with a capital, as the API does', () => {
    expect(categoryCodeProblem('HOME_REPAIR')).toBeNull();
    expect(categoryCodeProblem('A1')).toBeNull();
    expect(categoryCodeProblem('home_repair')).toEqual({ key: 'categoriesAdmin.codeProblem' });
    expect(categoryCodeProblem('1ABC')).not.toBeNull();
    expect(categoryCodeProblem('A')).not.toBeNull();
  });
});
