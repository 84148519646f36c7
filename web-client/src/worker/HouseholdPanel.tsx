import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorMessage } from '../components/ErrorMessage';
import { onlyForbiddenFields } from '../graphql/errors';
import { labelName, useLabels } from '../graphql/labels';
import { NeedPersonalQuery } from '../graphql/needs';

interface Household {
  memberCount: number;
  riskLevel: string;
  assistanceStatuses: string[];
  labels: string[];
}

/** The household file (一户一档): its situation for every caseworker, its identity only for those allowed. */
export function HouseholdPanel({ needId, household, mayOpen }: { needId: string; household: Household; mayOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [{ data, error }] = useQuery({ query: NeedPersonalQuery, variables: { id: needId }, pause: !mayOpen, requestPolicy: 'network-only' });
  // Once the need is no longer held, what was read before is not shown again.
  const personal = mayOpen ? data?.need : undefined;

  return (
    <section className="card" aria-labelledby="household-title">
      <h2 id="household-title">{t('household.title')}</h2>
      <dl className="facts">
        <dt>{t('household.members')}</dt>
        <dd>{household.memberCount}</dd>
        <dt>{t('household.risk')}</dt>
        <dd>{t(`enums.RiskLevel.${household.riskLevel}`)}</dd>
        <dt>{t('household.assistance')}</dt>
        <dd>{household.assistanceStatuses.map((s) => t(`enums.AssistanceStatus.${s}`)).join('、') || '—'}</dd>
        {household.labels.length > 0 && (
          <>
            <dt>{t('household.labels')}</dt>
            <dd>{household.labels.map((code) => labelName(labels.byCode.get(code), i18n.language, code)).join('、')}</dd>
          </>
        )}
        {personal?.household?.headName != null && (
          <>
            <dt>{t('household.headName')}</dt>
            <dd data-testid="household-head">{personal.household.headName ?? '—'}</dd>
            <dt>{t('household.phone')}</dt>
            <dd>{personal.household.phone ? <a href={`tel:${personal.household.phone}`}>{personal.household.phone}</a> : '—'}</dd>
            <dt>{t('household.address')}</dt>
            <dd>{personal.household.address ?? '—'}</dd>
            <dt>{t('household.privateDescription')}</dt>
            <dd>{personal.privateDescription ?? '—'}</dd>
          </>
        )}
      </dl>
      {mayOpen ? (
        <p className="hint">{t('household.recorded')}</p>
      ) : (
        <p className="hint">{t('household.claimToSee')}</p>
      )}
      {!onlyForbiddenFields(error) && <ErrorMessage error={error} />}
    </section>
  );
}
