import type { TFunction } from 'i18next';

/**
 * The API explains a suggestion's score in fixed English phrases (MatchScore, MatchSuggester);
 * each known phrase is shown in the reader's language, anything new as the API wrote it.
 */
const patterns: Array<[RegExp, (m: RegExpMatchArray, t: TFunction) => string]> = [
  [/^([\d,.]+) m away, within its ([\d,.]+) m reach$/, (m, t) => t('reasons.distance', { distance: m[1], reach: m[2] })],
  [/^urgency ([A-Z_]+)$/, (m, t) => t('reasons.urgency', { urgency: t(`enums.Urgency.${m[1]}`) })],
  [/^household risk ([A-Z_]+)$/, (m, t) => t('reasons.risk', { risk: t(`enums.RiskLevel.${m[1]}`) })],
  [/^available until (\d{4}-\d{2}-\d{2}) \((\d+) days left\)$/, (m, t) => t('reasons.availableUntil', { date: m[1], count: Number(m[2]) })],
  [/^overdue since (\d{4}-\d{2}-\d{2})$/, (m, t) => t('reasons.overdue', { date: m[1] })],
  [/^(\d+) household places left$/, (m, t) => t('reasons.placesLeft', { count: Number(m[1]) })],
  [/^the need's community is in the project's target regions$/, (_, t) => t('reasons.projectTarget')],
  [/^(\d+) (.+) left$/, (m, t) => t('reasons.capacityLeft', { count: Number(m[1]), unit: m[2] })],
];

export function translateReason(reason: string, t: TFunction): string {
  for (const [pattern, render] of patterns) {
    const match = reason.match(pattern);
    if (match) return render(match, t);
  }
  return reason;
}
