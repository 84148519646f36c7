import i18n from '../i18n';
import { translateReason } from './reasons';

// The phrases as MatchScore and MatchSuggester write them.
const phrases = [
  '81 m away, within its 2,000 m reach',
  'urgency HIGH',
  'household risk MEDIUM',
  'available until 2027-06-30 (220 days left)',
  'overdue since 2026-10-31',
  '387 人次 left',
  '3 household places left',
  "the need's community is in the project's target regions",
];

describe('translateReason', () => {
  it('says every known reason in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(phrases.map((p) => translateReason(p, t))).toEqual([
      '距离 81 米，在其 2,000 米服务范围内',
      '紧急程度：紧急',
      '困境等级：中',
      '有效期至 2027-06-30（还剩 220 天）',
      '自 2026-10-31 起已逾期',
      '剩余 387 人次',
      '剩余 3 个家庭名额',
      '该社区在项目服务范围内',
    ]);
  });

  it('says them in English with the enum values in words', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.t.bind(i18n);
    expect(translateReason('urgency CRITICAL', t)).toBe('urgency: Critical');
    expect(translateReason('1 household places left', t)).toBe('1 household place left');
    expect(translateReason('available until 2027-06-30 (1 days left)', t)).toBe('available until 2027-06-30 (1 day left)');
  });

  it('shows a phrase it does not know as the API wrote it', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(translateReason('a brand new reason', i18n.t.bind(i18n))).toBe('a brand new reason');
  });
});
