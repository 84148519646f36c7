import type { TFunction } from 'i18next';
import { graphql } from '../gql';
import type { ReasonDetailFragment } from '../gql/graphql';
import { formatDate } from './format';

/** What describeReason reads of a suggestion's `reasonDetails`: kind, points and figures. */
export const ReasonDetail = graphql(`
  fragment ReasonDetail on SuggestionReason {
    kind
    points
    text
    distanceMeters
    reachMeters
    urgency
    riskLevel
    date
    days
    quantity
    unit
  }
`);

export type ReasonDetail = ReasonDetailFragment;

/**
 * A reason in the reader's language, from its kind and figures. A kind this client does not know
 * yet is shown in the API's English words.
 */
export function describeReason(reason: ReasonDetail, t: TFunction, language: string): string {
  const number = (value: number | null | undefined) => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value ?? 0);
  switch (reason.kind) {
    case 'DISTANCE':
      return t('reasons.distance', { distance: number(reason.distanceMeters), reach: number(reason.reachMeters) });
    case 'URGENCY':
      return t('reasons.urgency', { urgency: t(`enums.Urgency.${reason.urgency}`) });
    case 'HOUSEHOLD_RISK':
      return t('reasons.risk', { risk: t(`enums.RiskLevel.${reason.riskLevel}`) });
    case 'EXPIRY':
      return t('reasons.availableUntil', { date: formatDate(reason.date, language), count: reason.days ?? 0 });
    case 'OVERDUE':
      return t('reasons.overdue', { date: formatDate(reason.date, language) });
    case 'CAPACITY_LEFT':
      return t('reasons.capacityLeft', { count: reason.quantity ?? 0, unit: reason.unit });
    case 'PROJECT_TARGET':
      return t('reasons.projectTarget');
    case 'PLACES_LEFT':
      return t('reasons.placesLeft', { count: reason.quantity ?? 0 });
    default:
      return reason.text;
  }
}

/** What a reason adds to the score, for those that score ("+12.5"); nothing for those that only inform. */
export function reasonPoints(reason: ReasonDetail, t: TFunction): string | null {
  return reason.points > 0 ? t('reasons.points', { points: reason.points.toFixed(1) }) : null;
}
