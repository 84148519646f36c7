import { useTranslation } from 'react-i18next';
import { describeReason, reasonPoints, type ReasonDetail } from '../lib/reasons';

/** A suggestion's reasons in the reader's language, each that scores with the points it adds. */
export function Reasons({ reasons }: { reasons: ReasonDetail[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="reasons">
      {reasons.map((reason) => {
        const points = reasonPoints(reason, t);
        return (
          <li key={reason.kind}>
            {describeReason(reason, t, i18n.language)}
            {points && <span className="points">{points}</span>}
          </li>
        );
      })}
    </ul>
  );
}
