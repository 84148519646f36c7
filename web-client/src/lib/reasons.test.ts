import i18n from '../i18n';
import { describeReason, reasonPoints, type ReasonDetail } from './reasons';

const none = { distanceMeters: null, reachMeters: null, urgency: null, riskLevel: null, date: null, days: null, quantity: null, unit: null };
const reason = (detail: Partial<ReasonDetail> & Pick<ReasonDetail, 'kind'>): ReasonDetail => ({ ...none, points: 0, text: 'in English', ...detail });

// One of each kind, with the figures MatchScore and MatchSuggester give it.
const reasons: ReasonDetail[] = [
  reason({ kind: 'DISTANCE', points: 38.4, distanceMeters: 81.4, reachMeters: 2000 }),
  reason({ kind: 'URGENCY', points: 18.8, urgency: 'HIGH' }),
  reason({ kind: 'HOUSEHOLD_RISK', points: 13.3, riskLevel: 'MEDIUM' }),
  reason({ kind: 'EXPIRY', points: 0, date: '2027-06-30', days: 220 }),
  reason({ kind: 'OVERDUE', date: '2026-10-31' }),
  reason({ kind: 'CAPACITY_LEFT', quantity: 387, unit: '人次' }),
  reason({ kind: 'PLACES_LEFT', quantity: 3 }),
  reason({ kind: 'PROJECT_TARGET' }),
];

describe('describeReason', () => {
  it('says every kind of reason in Chinese, from its figures', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(reasons.map((r) => describeReason(r, t, 'zh-CN'))).toEqual([
      '距离 81 米，在其 2,000 米服务范围内',
      '紧急程度：紧急',
      '困境等级：中',
      '有效期至 2027年6月30日（还剩 220 天）',
      '自 2026年10月31日 起已逾期',
      '剩余 387 人次',
      '剩余 3 个家庭名额',
      '该社区在项目服务范围内',
    ]);
  });

  it('says them in English with the enum values in words and the plurals right', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.t.bind(i18n);
    expect(describeReason(reason({ kind: 'URGENCY', urgency: 'CRITICAL' }), t, 'en')).toBe('urgency: Critical');
    expect(describeReason(reason({ kind: 'PLACES_LEFT', quantity: 1 }), t, 'en')).toBe('1 household place left');
    expect(describeReason(reason({ kind: 'EXPIRY', date: '2027-06-30', days: 1 }), t, 'en')).toBe('available until Jun 30, 2027 (1 day left)');
    expect(describeReason(reasons[0], t, 'en')).toBe('81 m away, within its 2,000 m reach');
  });

  it("shows a kind it does not know in the API's English words", async () => {
    await i18n.changeLanguage('zh-CN');
    const unknown = reason({ kind: 'SOMETHING_NEW' as ReasonDetail['kind'], text: 'a brand new reason' });
    expect(describeReason(unknown, i18n.t.bind(i18n), 'zh-CN')).toBe('a brand new reason');
  });
});

describe('reasonPoints', () => {
  it('gives the points of the reasons that score, and nothing for those that only inform', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(reasons.map((r) => reasonPoints(r, t))).toEqual(['+38.4 分', '+18.8 分', '+13.3 分', null, null, null, null, null]);
  });
});
