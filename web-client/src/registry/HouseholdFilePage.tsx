import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import type { RegistryHouseholdFragment } from '../gql/graphql';
import { labelName, useLabels } from '../graphql/labels';
import { AddHouseholdMemberMutation, HouseholdFilePageQuery, RemoveHouseholdMemberMutation, UpdateHouseholdMemberMutation } from '../graphql/registry';
import { useAction } from '../graphql/useAction';
import { MemberForm, newMember, toMemberInput, type MemberValues } from './MemberForm';

type Household = RegistryHouseholdFragment;
type Member = NonNullable<Household['members']>[number];

const valuesOf = (m: Member): MemberValues => ({
  name: m.name, relation: m.relation, sex: m.sex, birthDate: m.birthDate ?? '', idNumber: m.idNumber ?? '',
  disabilityType: m.disabilityType ?? '', disabilityGrade: m.disabilityGrade?.toString() ?? '', chronicIllness: m.chronicIllness ?? '',
  employmentStatus: m.employmentStatus ?? '', schoolStage: m.schoolStage ?? '', inFinalYear: m.inFinalYear, livesAlone: m.livesAlone, labels: m.labels,
});

/** A household's file (一户一档): its situation, its members (community staff keep them), its needs. */
export function HouseholdFilePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({
    query: HouseholdFilePageQuery,
    variables: { id: id ?? '' },
    pause: !id,
  });
  const household = data?.household ?? undefined;

  return (
    <div className="page household-file">
      <p>
        <Link to={`/registry?${params.toString()}`}>{t('registry.backToSearch')}</Link>
      </p>
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {(!id || (data && !household)) && <EmptyState title={t('registry.fileNotFoundTitle')} hint={t('registry.fileNotFoundHint')} />}
      {household && <HouseholdFile household={household} />}
    </div>
  );
}

function HouseholdFile({ household: h }: { household: Household }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const session = useSession();
  const mayEdit = session.role === 'COMMUNITY_STAFF' || session.role === 'ADMIN';
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [showRemoved, setShowRemoved] = useState(false);
  const [added, add] = useAction(AddHouseholdMemberMutation, 'add-member');
  const [updated, update] = useAction(UpdateHouseholdMemberMutation, 'update-member');
  const [removed, remove] = useAction(RemoveHouseholdMemberMutation, 'remove-member');
  const members = (h.members ?? []).filter((m) => showRemoved || !m.removedAt);
  const names = (codes: string[]) => codes.map((c) => labelName(labels.byCode.get(c), i18n.language, c)).join('、');

  return (
    <>
      <div className="page-title">
        <h1 data-testid="household-file-head">{h.headName ?? t('registry.unnamed')}</h1>
        <span className={`badge risk-${h.riskLevel.toLowerCase()}`}>{t(`enums.RiskLevel.${h.riskLevel}`)}</span>
      </div>
      <section className="card" aria-labelledby="situation-title">
        <h2 id="situation-title">{t('registry.situation')}</h2>
        <dl className="facts">
          <dt>{t('registry.community')}</dt>
          <dd>{h.community.name}</dd>
          <dt>{t('household.address')}</dt>
          <dd>{h.address ?? '—'}</dd>
          <dt>{t('household.phone')}</dt>
          <dd>{h.phone ? <a href={`tel:${h.phone}`}>{h.phone}</a> : '—'}</dd>
          <dt>{t('household.assistance')}</dt>
          <dd>{h.assistanceStatuses.map((s) => t(`enums.AssistanceStatus.${s}`)).join('、') || '—'}</dd>
          <dt>{t('household.labels')}</dt>
          <dd data-testid="household-labels">{names(h.labels) || '—'}</dd>
          <dt>{t('household.risk')}</dt>
          <dd>{t(`enums.RiskLevel.${h.riskLevel}`)}</dd>
          <dt>{t('household.monthlyIncome')}</dt>
          <dd>{h.monthlyIncome ?? t('household.notRecorded')}</dd>
          <dt>{t('household.housingCondition')}</dt>
          <dd>{h.housingCondition ? t(`enums.HousingCondition.${h.housingCondition}`) : t('household.notRecorded')}</dd>
          <dt>{t('household.hasFamilySupport')}</dt>
          <dd>{h.hasFamilySupport == null ? t('household.notRecorded') : h.hasFamilySupport ? t('household.supported') : t('household.unsupported')}</dd>
        </dl>
        <p className="hint">{t('registry.riskFollowUp')}</p>
      </section>
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('registry.membersTitle', { count: h.memberCount })}</h2>
        <label className="check">
          <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)} />
          {t('registry.showRemoved')}
        </label>
        <ul className="cards members">
          {members.map((m) => (
            <li key={m.id} className={m.removedAt ? 'card removed' : 'card'} data-member={m.name}>
              {editing === m.id ? (
                <MemberForm
                  initial={valuesOf(m)}
                  busy={updated.fetching}
                  error={updated.error}
                  onCancel={() => setEditing(null)}
                  onSave={async (v) => {
                    const r = await update({ memberId: m.id, input: toMemberInput(v) });
                    if (!r.error) setEditing(null);
                  }}
                />
              ) : (
                <>
                  <strong>{m.name}</strong> · {t(`enums.MemberRelation.${m.relation}`)} · {t(`enums.Sex.${m.sex}`)}
                  {m.age != null && ` · ${t('member.age', { count: m.age })}`}
                  <div className="meta">
                    {m.idNumber && <span>{m.idNumber}</span>}
                    {m.disabilityType && <span>{t(`enums.DisabilityType.${m.disabilityType}`)} {m.disabilityGrade ? t('member.grade', { grade: m.disabilityGrade }) : ''}</span>}
                    {m.chronicIllness && <span>{m.chronicIllness}</span>}
                    {m.employmentStatus && <span>{t(`enums.EmploymentStatus.${m.employmentStatus}`)}</span>}
                    {m.schoolStage && <span>{t(`enums.SchoolStage.${m.schoolStage}`)}{m.inFinalYear ? ` · ${t('member.inFinalYear')}` : ''}</span>}
                    {m.livesAlone && <span>{t('member.livesAlone')}</span>}
                    {m.labels.length > 0 && <span>{names(m.labels)}</span>}
                  </div>
                  {m.removedAt && <p className="hint">{t('member.removedBecause', { reason: m.removalReason ?? '' })}</p>}
                  {mayEdit && !m.removedAt && removing !== m.id && (
                    <div className="actions">
                      <button type="button" className="secondary" onClick={() => setEditing(m.id)}>
                        {t('member.edit')}
                      </button>
                      <button type="button" className="secondary" onClick={() => (setRemoving(m.id), setReason(''))}>
                        {t('member.remove')}
                      </button>
                    </div>
                  )}
                  {removing === m.id && (
                    <form
                      className="actions"
                      onSubmit={async (e) => {
                        e.preventDefault();
                        const r = await remove({ memberId: m.id, reason: reason.trim() });
                        if (!r.error) setRemoving(null);
                      }}
                    >
                      <label>
                        {t('member.removeReason')}
                        <input name="reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
                      </label>
                      <button type="submit" disabled={removed.fetching || !reason.trim()}>
                        {t('member.confirmRemove')}
                      </button>
                      <button type="button" className="secondary" onClick={() => setRemoving(null)}>
                        {t('member.cancel')}
                      </button>
                      <ErrorMessage error={removed.error} />
                    </form>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
        {mayEdit &&
          (editing === 'new' ? (
            <MemberForm
              initial={newMember}
              busy={added.fetching}
              error={added.error}
              onCancel={() => setEditing(null)}
              onSave={async (v) => {
                const r = await add({ householdId: h.id, input: toMemberInput(v) });
                if (!r.error) setEditing(null);
              }}
            />
          ) : (
            <button type="button" data-testid="add-member" onClick={() => setEditing('new')}>
              {t('member.add')}
            </button>
          ))}
      </section>
      <section className="card" aria-labelledby="needs-title">
        <h2 id="needs-title">{t('registry.needs')}</h2>
        {h.needs.length === 0 ? (
          <p className="hint">{t('registry.noNeeds')}</p>
        ) : (
          <ul>
            {h.needs.map((n) => (
              <li key={n.id}>
                <Link to={`/needs/${n.id}`}>{n.publicSummary}</Link> · {t(`enums.NeedStatus.${n.status}`)} · {t(`enums.Urgency.${n.urgency}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
