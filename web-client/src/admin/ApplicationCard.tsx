import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problems } from '../components/ErrorMessage';
import { FieldProblem } from '../components/FieldProblem';
import { categoryName, useCategories } from '../graphql/categories';
import { placeProblems, problemsOf } from '../graphql/errors';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { ApproveOrganisationMutation, RejectOrganisationMutation } from '../graphql/onboarding';
import { useAction } from '../graphql/useAction';
import { formatDateTime } from '../lib/format';
import { staffLoginProblem } from './decisions';

/** One application to join: what the applicant said of itself, and for a pending one the decision. */
export function ApplicationCard({ application, onDecided }: { application: ApplicationFieldsFragment; onDecided(decided: ApplicationFieldsFragment): void }) {
  const { t, i18n } = useTranslation();
  const { byCode } = useCategories();
  const a = application;
  return (
    <li className="card" data-application-name={a.name} data-reference={a.reference}>
      <div className="suggestion-head">
        <strong>{a.name}</strong>
        <span className={`badge application-${a.status.toLowerCase()}`}>{t(`enums.ApplicationStatus.${a.status}`)}</span>
      </div>
      <div className="meta">
        <span>{t(`enums.OrganisationKind.${a.kind}`)}</span>
        <span>
          {a.region.parent?.name} {a.region.name}
        </span>
        <span>{t('applications.submitted', { at: formatDateTime(a.submittedAt, i18n.language) })}</span>
        <span>{a.reference}</span>
      </div>
      <dl className="facts">
        <dt>{t('join.creditCode')}</dt>
        <dd data-testid="credit-code">{a.creditCode}</dd>
        <dt>{t('join.address')}</dt>
        <dd>{a.address}</dd>
        <dt>{t('applications.contact')}</dt>
        <dd>
          {a.contactName} · {a.contactPhone}
        </dd>
        <dt>{t('join.categories')}</dt>
        <dd>{a.categoryCodes?.length ? a.categoryCodes.map((c) => categoryName(byCode.get(c), i18n.language, c)).join('、') : '—'}</dd>
        <dt>{t('applications.description')}</dt>
        <dd className="prose" data-testid="application-description">
          {a.description?.trim() || '—'}
        </dd>
        {a.decidedAt && (
          <>
            <dt>{t('join.decidedAt')}</dt>
            <dd>{formatDateTime(a.decidedAt, i18n.language)}</dd>
          </>
        )}
        {a.staffLogin && (
          <>
            <dt>{t('join.staffLogin')}</dt>
            <dd data-testid="approved-login">{a.staffLogin}</dd>
          </>
        )}
        {a.rejectionReason && (
          <>
            <dt>{t('applications.reason')}</dt>
            <dd>{a.rejectionReason}</dd>
          </>
        )}
      </dl>
      {a.status === 'PENDING' && <Decision application={a} onDecided={onDecided} />}
    </li>
  );
}

/** Approve (the first staff account's login may be chosen) or reject (with a reason the applicant reads). */
function Decision({ application, onDecided }: { application: ApplicationFieldsFragment; onDecided(decided: ApplicationFieldsFragment): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  const [staffLogin, setStaffLogin] = useState('');
  const [reason, setReason] = useState('');
  const [approval, approve] = useAction(ApproveOrganisationMutation, 'approveOrganisation');
  const [rejection, reject] = useAction(RejectOrganisationMutation, 'rejectOrganisation');
  const loginCheck = staffLoginProblem(staffLogin);
  // The API refuses a taken login (or an organisation registered meanwhile) with CONFLICT: said beside the login.
  const approvalProblems = placeProblems(problemsOf(approval.error), ['staffLogin'], { byCode: { CONFLICT: 'staffLogin' } });
  const approvalConflict = approvalProblems.byField.staffLogin?.code === 'CONFLICT' ? { key: 'applications.loginConflict' } : undefined;
  const rejectionProblems = placeProblems(problemsOf(rejection.error), ['reason']);
  const defaultLogin = `staff.${application.reference.toLowerCase()}`;

  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="primary" onClick={() => setOpen('approve')}>
          {t('applications.approve')}
        </button>
        <button type="button" className="danger" onClick={() => setOpen('reject')}>
          {t('applications.reject')}
        </button>
      </div>
    );
  }
  if (open === 'approve') {
    return (
      <form
        className="stack"
        aria-label={t('applications.approve')}
        onSubmit={(e) => {
          e.preventDefault();
          if (loginCheck) return;
          void approve({ applicationId: application.id, staffLogin: staffLogin.trim() || null }).then((r) => r.data && onDecided(r.data.approveOrganisation));
        }}
      >
        <label>
          {t('applications.staffLogin')}
          <input
            name="staffLogin"
            autoComplete="off"
            spellCheck={false}
            placeholder={defaultLogin}
            value={staffLogin}
            aria-invalid={!!(loginCheck ?? approvalProblems.byField.staffLogin)}
            aria-describedby="staffLogin-hint"
            onChange={(e) => setStaffLogin(e.target.value)}
          />
          <small className="hint" id="staffLogin-hint">
            {t('applications.staffLoginHint', { login: defaultLogin })}
          </small>
          <FieldProblem name="staffLogin" check={loginCheck ?? approvalConflict} problem={approvalProblems.byField.staffLogin} />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={approval.fetching || !!loginCheck}>
            {approval.fetching ? t('common.working') : t('applications.confirmApprove')}
          </button>
          <button type="button" onClick={() => setOpen(null)}>
            {t('common.cancel')}
          </button>
        </div>
        <Problems problems={approvalProblems.rest} />
      </form>
    );
  }
  return (
    <form
      className="stack"
      aria-label={t('applications.reject')}
      onSubmit={(e) => {
        e.preventDefault();
        void reject({ applicationId: application.id, reason: reason.trim() }).then((r) => r.data && onDecided(r.data.rejectOrganisation));
      }}
    >
      <label>
        {t('applications.reasonLabel')}
        <textarea name="reason" rows={2} required value={reason} onChange={(e) => setReason(e.target.value)} />
        <FieldProblem name="reason" problem={rejectionProblems.byField.reason} />
      </label>
      <div className="actions">
        <button type="submit" className="danger" disabled={rejection.fetching || !reason.trim()}>
          {rejection.fetching ? t('common.working') : t('applications.confirmReject')}
        </button>
        <button type="button" onClick={() => setOpen(null)}>
          {t('common.cancel')}
        </button>
      </div>
      <Problems problems={rejectionProblems.rest} />
    </form>
  );
}
