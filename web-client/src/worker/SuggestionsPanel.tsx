import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { Reasons } from '../components/Reasons';
import { EnrolInProjectMutation, NeedSuggestionsQuery, ProposeMatchMutation } from '../graphql/matching';
import { useAction } from '../graphql/useAction';
import { formatDistance } from '../lib/format';
import type { ReasonDetail } from '../lib/reasons';

/** Resources and projects that fit the need and reach it, best first, each with its reasons. */
export function SuggestionsPanel({ needId, quantity }: { needId: string; quantity?: number | null }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: NeedSuggestionsQuery, variables: { id: needId }, requestPolicy: 'network-only' });
  const suggestions = data?.suggestMatches ?? [];

  return (
    <section className="card" aria-labelledby="suggestions-title" data-testid="suggestions">
      <h2 id="suggestions-title">{t('suggestions.title')}</h2>
      <p className="hint">{t('suggestions.hint')}</p>
      {fetching && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && !suggestions.length && <EmptyState title={t('suggestions.emptyTitle')} hint={t('suggestions.emptyHint')} />}
      <ul className="suggestions">
        {suggestions.map((s) => (
          <Suggestion key={s.resource?.id ?? s.charityProject?.id} needId={needId} suggestion={s} defaultQuantity={quantity ?? 1} />
        ))}
      </ul>
    </section>
  );
}

interface SuggestionData {
  score: number;
  distanceMeters?: number | null;
  reasonDetails: ReasonDetail[];
  resource?: { id: string; title: string; unit: string; remainingCapacity: number; organisation: { name: string } } | null;
  charityProject?: { id: string; name: string; remainingCapacity: number; organisation: { name: string } } | null;
}

function Suggestion({ needId, suggestion, defaultQuantity }: { needId: string; suggestion: SuggestionData; defaultQuantity: number }) {
  const { t, i18n } = useTranslation();
  const { resource, charityProject: project } = suggestion;
  const [quantity, setQuantity] = useState(Math.max(1, Math.min(defaultQuantity, resource?.remainingCapacity ?? 1)));
  const [proposal, propose] = useAction(ProposeMatchMutation, 'proposeMatch');
  const [enrolment, enrol] = useAction(EnrolInProjectMutation, 'enrolNeedInProject');
  const done = proposal.data?.proposeMatch ?? enrolment.data?.enrolNeedInProject;
  const busy = proposal.fetching || enrolment.fetching;
  const title = resource?.title ?? project?.name ?? '';

  return (
    <li className="suggestion" data-title={title}>
      <div className="suggestion-head">
        <strong>{title}</strong>
        <span className="score" title={t('suggestions.scoreHint')}>
          {t('suggestions.score', { score: suggestion.score.toFixed(0) })}
        </span>
      </div>
      <div className="meta">
        <span>{(resource ?? project)?.organisation.name}</span>
        {suggestion.distanceMeters != null && <span>{formatDistance(suggestion.distanceMeters, i18n.language)}</span>}
        <span>{project ? t('suggestions.project') : t('suggestions.left', { count: resource?.remainingCapacity, unit: resource?.unit })}</span>
      </div>
      <Reasons reasons={suggestion.reasonDetails} />
      {done ? (
        <p className="success" role="status">
          {t('suggestions.proposed')}
        </p>
      ) : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (resource) void propose({ input: { needId, resourceId: resource.id, quantity } });
            else if (project) void enrol({ needId, projectId: project.id });
          }}
        >
          {resource && (
            <label>
              {t('suggestions.quantity', { unit: resource.unit })}
              <input type="number" min={1} max={resource.remainingCapacity} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
            </label>
          )}
          <button type="submit" className="primary small" disabled={busy}>
            {busy ? t('common.working') : project ? t('suggestions.enrol') : t('suggestions.propose')}
          </button>
        </form>
      )}
      <ErrorMessage error={proposal.error ?? enrolment.error} />
    </li>
  );
}
