import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { RegionSelect } from '../components/RegionSelect';
import type { DuplicateSuspectsQuery as Result } from '../gql/graphql';
import { DismissDuplicateSuspectMutation, DuplicateSuspectsQuery, MergeHouseholdsMutation } from '../graphql/registry';
import { useAction } from '../graphql/useAction';
import { formatDate, formatPercent } from '../lib/format';

type Suspect = Result['duplicateSuspects'][number];

/** Suspected duplicate files of the officer's area: dismiss as two households, or merge into the file kept. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [picked, setPicked] = useState<string | null>(null);
  const regionCode = picked ?? session.regionCode ?? '';
  const [{ data, fetching, error }, refetch] = useQuery({ query: DuplicateSuspectsQuery, variables: { regionCode }, pause: !regionCode, requestPolicy: 'cache-and-network' });

  return (
    <div className="page duplicates-page">
      <div className="page-title">
        <h1>{t('duplicates.title')}</h1>
        {data && <span className="count" data-testid="duplicates-count">{t('duplicates.count', { count: data.duplicateSuspects.length })}</span>}
      </div>
      <p className="hint">{t('duplicates.hint')}</p>
      {session.role === 'ADMIN' && (
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <RegionSelect label={t('office.region')} emptyLabel={t('office.pickRegion')} value={regionCode || null} onChange={setPicked} />
        </form>
      )}
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {data && data.duplicateSuspects.length === 0 && <EmptyState title={t('duplicates.noneTitle')} hint={t('duplicates.noneHint')} />}
      <ul className="cards">
        {data?.duplicateSuspects.map((s) => (
          <SuspectCard key={`${s.first.id}-${s.second.id}`} suspect={s} onDone={() => refetch({ requestPolicy: 'network-only' })} />
        ))}
      </ul>
    </div>
  );
}

function SuspectCard({ suspect: s, onDone }: { suspect: Suspect; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'' | 'dismiss' | 'merge'>('');
  const [reason, setReason] = useState('');
  const [kept, setKept] = useState(s.first.id);
  const [dismissed, dismiss] = useAction(DismissDuplicateSuspectMutation, 'dismiss-duplicate');
  const [merged, merge] = useAction(MergeHouseholdsMutation, 'merge-households');
  const side = (h: Suspect['first'], code: string) => (
    <div className="suspect-side">
      <strong>{h.headName ?? t('duplicates.notYours')}</strong>
      <div className="meta">
        <span>{h.community.name ?? code}</span>
        {h.address && <span>{h.address}</span>}
        {h.phone && <span>{h.phone}</span>}
        <span>{t('registry.memberCount', { count: h.memberCount })}</span>
        <span>{t('duplicates.registered', { at: formatDate(h.registeredAt, i18n.language) })}</span>
      </div>
    </div>
  );

  return (
    <li className="card suspect" data-testid="duplicate-suspect">
      <div className="meta">
        {s.reasons.map((r) => (
          <span key={r} className="badge">
            {t(`enums.DuplicateReason.${r}`)}
          </span>
        ))}
        <span>{t('duplicates.nameSimilarity', { value: formatPercent(s.nameSimilarity, i18n.language) })}</span>
        <span>{t('duplicates.addressSimilarity', { value: formatPercent(s.addressSimilarity, i18n.language) })}</span>
      </div>
      {side(s.first, s.firstCommunityCode)}
      {side(s.second, s.secondCommunityCode)}
      {mode === '' && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setMode('dismiss')}>
            {t('duplicates.dismiss')}
          </button>
          <button type="button" className="secondary" onClick={() => setMode('merge')}>
            {t('duplicates.merge')}
          </button>
        </div>
      )}
      {mode !== '' && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const r =
              mode === 'dismiss'
                ? await dismiss({ firstHouseholdId: s.first.id, secondHouseholdId: s.second.id, reason: reason.trim() })
                : await merge({ keptHouseholdId: kept, mergedHouseholdId: kept === s.first.id ? s.second.id : s.first.id, reason: reason.trim() });
            if (!r.error) onDone();
          }}
        >
          {mode === 'merge' && (
            <fieldset className="checks">
              <legend>{t('duplicates.keep')}</legend>
              {[s.first, s.second].map((h) => (
                <label key={h.id} className="check">
                  <input type="radio" name="kept" value={h.id} checked={kept === h.id} onChange={() => setKept(h.id)} />
                  {h.headName ?? h.community.name} · {h.community.name}
                </label>
              ))}
            </fieldset>
          )}
          <label>
            {mode === 'dismiss' ? t('duplicates.dismissReason') : t('duplicates.mergeReason')}
            <input name="reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <ErrorMessage error={dismissed.error ?? merged.error} />
          <div className="actions">
            <button type="submit" disabled={!reason.trim() || dismissed.fetching || merged.fetching}>
              {mode === 'dismiss' ? t('duplicates.confirmDismiss') : t('duplicates.confirmMerge')}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('')}>
              {t('member.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
