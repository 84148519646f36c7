import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Problems } from '../components/ErrorMessage';
import { FieldProblem } from '../components/FieldProblem';
import type { OrganisationsQuery } from '../gql/graphql';
import { placeProblems, problemsOf } from '../graphql/errors';
import { SuspendOrganisationMutation, VerifyOrganisationMutation } from '../graphql/onboarding';
import { useAction } from '../graphql/useAction';
import { formatDateTime } from '../lib/format';

type Listed = OrganisationsQuery['organisations'][number];

/** An organisation's row: its standing (verified, or suspended since when and why) and what its officers may do about it. */
export function OrganisationRow({ organisation: o }: { organisation: Listed }) {
  const { t, i18n } = useTranslation();
  const [suspending, setSuspending] = useState(false);
  const [reason, setReason] = useState('');
  const [verification, verify] = useAction(VerifyOrganisationMutation, 'verifyOrganisation');
  const [suspension, suspend] = useAction(SuspendOrganisationMutation, 'suspendOrganisation');
  const suspensionProblems = placeProblems(problemsOf(suspension.error), ['reason']);

  return (
    <>
      <tr data-organisation={o.name} data-suspended={o.isSuspended} className={o.isSuspended ? 'suspended-row' : undefined}>
        <td>{o.name}</td>
        <td>{t(`enums.OrganisationKind.${o.kind}`)}</td>
        <td>{o.region.name}</td>
        <td>{o.contactPhone ?? '—'}</td>
        <td data-testid="standing">
          {o.isSuspended ? (
            <>
              <span className="badge suspended">{t('organisationsAdmin.suspendedYes')}</span>
              {o.suspendedAt && <small className="hint block">{t('organisationsAdmin.suspendedAt', { at: formatDateTime(o.suspendedAt, i18n.language) })}</small>}
              {o.suspensionReason && (
                <small className="block" data-testid="suspension-reason">
                  {o.suspensionReason}
                </small>
              )}
            </>
          ) : (
            <span className={`badge ${o.isVerified ? 'verified' : ''}`}>{t(o.isVerified ? 'organisationsAdmin.verifiedYes' : 'organisationsAdmin.verifiedNo')}</span>
          )}
        </td>
        <td>
          <div className="actions">
            {(!o.isVerified || o.isSuspended) && (
              <button type="button" className="small primary" disabled={verification.fetching} onClick={() => void verify({ organisationId: o.id })}>
                {t(o.isSuspended ? 'organisationsAdmin.reinstate' : 'organisationsAdmin.verify')}
              </button>
            )}
            {!o.isSuspended && (
              <button type="button" className="small danger" onClick={() => setSuspending((s) => !s)}>
                {t('organisationsAdmin.suspend')}
              </button>
            )}
          </div>
          <ErrorMessage error={verification.error} />
        </td>
      </tr>
      {suspending && !o.isSuspended && (
        <tr>
          <td colSpan={6}>
            <form
              className="inline-form"
              aria-label={t('organisationsAdmin.suspend')}
              onSubmit={(e) => {
                e.preventDefault();
                if (!reason.trim()) return;
                void suspend({ organisationId: o.id, reason: reason.trim() }).then((r) => {
                  if (r.data) {
                    setSuspending(false);
                    setReason('');
                  }
                });
              }}
            >
              <label>
                {t('organisationsAdmin.suspendReason')}
                <input name="reason" required maxLength={1000} value={reason} aria-invalid={!!suspensionProblems.byField.reason} aria-describedby="reason-problem" onChange={(e) => setReason(e.target.value)} />
                <FieldProblem name="reason" problem={suspensionProblems.byField.reason} />
              </label>
              <button type="submit" className="danger" disabled={suspension.fetching || !reason.trim()}>
                {suspension.fetching ? t('common.working') : t('organisationsAdmin.confirmSuspend')}
              </button>
              <button type="button" onClick={() => setSuspending(false)}>
                {t('common.cancel')}
              </button>
            </form>
            <p className="hint">{t('organisationsAdmin.suspendHint')}</p>
            <Problems problems={suspensionProblems.rest} />
          </td>
        </tr>
      )}
    </>
  );
}
