import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { categoryName, useCategories } from '../graphql/categories';
import { OrganisationProjectsQuery } from '../graphql/projects';
import { DistrictsQuery } from '../graphql/regions';
import { formatDate } from '../lib/format';
import { ProjectForm } from './ProjectForm';

/** A social organisation's charity projects (公益项目): what each serves, where, and the places left; start or change one. */
export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { byCode } = useCategories();
  const organisationId = session.organisationId;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganisationProjectsQuery,
    variables: { organisationId: organisationId ?? '' },
    pause: !organisationId,
  });
  const [districts] = useQuery({ query: DistrictsQuery, requestPolicy: 'cache-first' });
  // 'new', a project's id, or nothing open.
  const [editing, setEditing] = useState<string | null>(null);
  const done = () => {
    setEditing(null);
    refetch({ requestPolicy: 'network-only' });
  };

  if (!organisationId) return <EmptyState title={t('org.noOrganisation')} hint={t('org.noOrganisationHint')} />;
  const projects = data?.charityProjects ?? [];
  const regions = districts.data?.regions ?? [];

  return (
    <div className="page">
      <div className="page-title">
        <h1>{t('projects.title')}</h1>
        <button type="button" className="primary" data-testid="new-project" onClick={() => setEditing(editing === 'new' ? null : 'new')}>
          {t('projects.new')}
        </button>
      </div>
      <p className="hint">{t('projects.hint')}</p>
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {editing === 'new' && (
        <section className="card">
          <ProjectForm regions={regions} onDone={done} />
        </section>
      )}
      {data && !projects.length && editing !== 'new' && <EmptyState title={t('projects.emptyTitle')} hint={t('projects.emptyHint')} />}
      <ul className="cards" data-testid="projects-list">
        {projects.map((p) => (
          <li key={p.id} className="card" data-project-name={p.name}>
            <div className="suggestion-head">
              <strong>{p.name}</strong>
              <button type="button" className="small" onClick={() => setEditing(editing === p.id ? null : p.id)}>
                {t('projects.edit')}
              </button>
            </div>
            <div className="meta">
              <span className={`badge project-${p.status.toLowerCase()}`}>{t(`enums.CharityProjectStatus.${p.status}`)}</span>
              <span>{t('projects.places', { remaining: p.remainingCapacity, capacity: p.capacityHouseholds })}</span>
              <span>
                {formatDate(p.startsOn, i18n.language)} – {p.endsOn ? formatDate(p.endsOn, i18n.language) : t('projects.noEnd')}
              </span>
            </div>
            <p className="hint">
              {p.categoryCodes.map((c) => categoryName(byCode.get(c), i18n.language, c)).join('、')} · {p.targetRegions.map((r) => r.name).join('、')}
            </p>
            {editing === p.id && <ProjectForm project={p} regions={regions} onDone={done} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
