import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { categoryName, useCategories } from '../graphql/categories';
import { MatchesToFollowUpQuery } from '../graphql/matching';
import { formatDateTime } from '../lib/format';

/**
 * Accepted matches whose organisation is suspended: the households were promised them, so the
 * office follows each up (with the organisation, or by finding another provider).
 */
export function FollowUpList({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation();
  const { byCode } = useCategories();
  const [{ data, error }] = useQuery({ query: MatchesToFollowUpQuery, variables: { regionCode }, requestPolicy: 'cache-and-network' });
  const matches = data?.matchesToFollowUp ?? [];
  return (
    <section className="card" aria-labelledby="follow-up-title" data-testid="follow-up">
      <h2 id="follow-up-title">
        {t('office.followUpTitle')} {data && <span className="count">({matches.length})</span>}
      </h2>
      <p className="hint">{t('office.followUpHint')}</p>
      <ErrorMessage error={error} />
      {data && !matches.length && <EmptyState title={t('office.noFollowUpTitle')} hint={t('office.noFollowUpHint')} />}
      <ul className="cards">
        {matches.map((m) => {
          const provider = m.resource ?? m.charityProject;
          const what = m.resource ? m.resource.title : (m.charityProject?.name ?? '');
          return (
            <li key={m.id} className="card" data-match-id={m.id} data-organisation={provider?.organisation.name}>
              <Link to={`/needs/${m.need.id}`} className="card-title">
                {m.need.publicSummary}
              </Link>
              <div className="meta">
                <span>{categoryName(byCode.get(m.need.categoryCode), i18n.language, m.need.categoryCode)}</span>
                <span>{m.need.region.name}</span>
                <span>
                  <span className="badge suspended">{t('organisationsAdmin.suspendedYes')}</span> {provider?.organisation.name} · {what}
                </span>
                {m.resource && <span>{t('matches.quantity', { count: m.quantity, unit: m.resource.unit })}</span>}
                {m.decidedAt && <span>{t('office.acceptedAt', { at: formatDateTime(m.decidedAt, i18n.language) })}</span>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
