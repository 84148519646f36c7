import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { ApplicationStatusQuery } from '../graphql/onboarding';
import { formatDateTime } from '../lib/format';

/** The applicant reads the outcome with the reference it was given: no account needed. */
export function StatusPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const reference = params.get('reference')?.trim().toUpperCase() ?? '';
  const [typed, setTyped] = useState(reference);
  const [{ data, fetching, error }] = useQuery({ query: ApplicationStatusQuery, variables: { reference }, pause: !reference, requestPolicy: 'network-only' });
  const application = data?.organisationApplication;

  return (
    <div className="page join-page">
      <h1>{t('join.statusTitle')}</h1>
      <form
        className="card inline-form"
        aria-label={t('join.statusTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) setParams({ reference: typed.trim().toUpperCase() });
        }}
      >
        <label>
          {t('join.reference')}
          <input name="reference" autoComplete="off" spellCheck={false} maxLength={20} placeholder="OA…" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('join.check')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {reference && fetching && !data && <Loading />}
      {reference && data && !application && <EmptyState title={t('join.noSuchApplication')} hint={t('join.noSuchApplicationHint')} />}
      {application && (
        <section className="card" aria-labelledby="application-title" data-testid="application-status">
          <h2 id="application-title">{application.name}</h2>
          <div className="meta">
            <span className={`badge application-${application.status.toLowerCase()}`} data-testid="application-status-badge">
              {t(`enums.ApplicationStatus.${application.status}`)}
            </span>
            <span>{t(`enums.OrganisationKind.${application.kind}`)}</span>
            <span>{application.region.name}</span>
          </div>
          <dl className="facts">
            <dt>{t('join.reference')}</dt>
            <dd>{application.reference}</dd>
            <dt>{t('join.submittedAt')}</dt>
            <dd>{formatDateTime(application.submittedAt, i18n.language)}</dd>
            {application.decidedAt && (
              <>
                <dt>{t('join.decidedAt')}</dt>
                <dd>{formatDateTime(application.decidedAt, i18n.language)}</dd>
              </>
            )}
          </dl>
          {application.status === 'PENDING' && <p className="notice">{t('join.pendingHint')}</p>}
          {application.status === 'REJECTED' && (
            <p className="error" data-testid="rejection-reason">
              {t('join.rejectedBecause', { reason: application.rejectionReason ?? '' })}
            </p>
          )}
          {application.status === 'APPROVED' && (
            <div className="notice">
              <p>{t('join.approvedHint')}</p>
              <p>
                {t('join.staffLogin')} <strong data-testid="staff-login">{application.staffLogin}</strong>
              </p>
              <Link to="/signin" className="button-link primary">
                {t('join.goSignIn')}
              </Link>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
