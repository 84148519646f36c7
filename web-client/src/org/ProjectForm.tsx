import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { categoryName, useCategories } from '../graphql/categories';
import type { CharityProjectInput, ProjectFieldsFragment } from '../gql/graphql';
import { CreateProjectMutation, UpdateProjectMutation } from '../graphql/projects';
import { useAction } from '../graphql/useAction';
import { todayIso } from '../lib/format';

export interface RegionChoice {
  code: string;
  name: string;
  children: Array<{ code: string; name: string }>;
}

/** The form's fields as the API takes them; an empty text or date is sent as none. */
export function projectInput(form: CharityProjectInput): CharityProjectInput {
  return {
    ...form,
    name: form.name.trim(),
    description: form.description?.trim() || null,
    fundedBy: form.fundedBy?.trim() || null,
    endsOn: form.endsOn || null,
  };
}

const fromProject = (p: ProjectFieldsFragment): CharityProjectInput => ({
  name: p.name,
  description: p.description ?? '',
  categoryCodes: p.categoryCodes,
  targetRegionCodes: p.targetRegions.map((r) => r.code),
  capacityHouseholds: p.capacityHouseholds,
  startsOn: p.startsOn,
  endsOn: p.endsOn ?? '',
  fundedBy: p.fundedBy ?? '',
});

/**
 * A charity project to start or change: what it serves (categories), where (target regions: a
 * district or some of its sub-districts), for how many households and when. Needs of those
 * regions and categories are then suggested the project.
 */
export function ProjectForm({ project, regions, onDone }: { project?: ProjectFieldsFragment; regions: RegionChoice[]; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const { list: categories } = useCategories();
  const [form, setForm] = useState<CharityProjectInput>(() =>
    project ? fromProject(project) : { name: '', description: '', categoryCodes: [], targetRegionCodes: [], capacityHouseholds: 10, startsOn: todayIso(), endsOn: '', fundedBy: '' },
  );
  const [created, create] = useAction(CreateProjectMutation, 'createCharityProject');
  const [updated, update] = useAction(UpdateProjectMutation, 'updateCharityProject');
  const state = project ? updated : created;
  const set = <K extends keyof CharityProjectInput>(key: K, value: CharityProjectInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'categoryCodes' | 'targetRegionCodes', code: string) =>
    setForm((f) => ({ ...f, [key]: f[key].includes(code) ? f[key].filter((c) => c !== code) : [...f[key], code] }));

  return (
    <form
      className="stack project-form"
      aria-label={t(project ? 'projects.edit' : 'projects.new')}
      onSubmit={(e) => {
        e.preventDefault();
        const input = projectInput(form);
        void (project ? update({ projectId: project.id, input }) : create({ input })).then((r) => !r.error && onDone());
      }}
    >
      <label>
        {t('projects.name')}
        <input name="name" required maxLength={200} value={form.name} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label>
        {t('projects.description')}
        <textarea name="description" rows={2} value={form.description ?? ''} onChange={(e) => set('description', e.target.value)} />
      </label>
      <fieldset className="checks">
        <legend>{t('projects.categories')}</legend>
        {categories.map((c) => (
          <label key={c.code} className="check">
            <input type="checkbox" name="categoryCodes" value={c.code} checked={form.categoryCodes.includes(c.code)} onChange={() => toggle('categoryCodes', c.code)} />
            {categoryName(c, i18n.language)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t('projects.targetRegions')}</legend>
        {regions.map((district) => (
          <div key={district.code} className="region-group">
            <label className="check strong">
              <input type="checkbox" name="targetRegionCodes" value={district.code} checked={form.targetRegionCodes.includes(district.code)} onChange={() => toggle('targetRegionCodes', district.code)} />
              {district.name}
            </label>
            {district.children.map((s) => (
              <label key={s.code} className="check">
                <input type="checkbox" name="targetRegionCodes" value={s.code} checked={form.targetRegionCodes.includes(s.code)} onChange={() => toggle('targetRegionCodes', s.code)} />
                {s.name}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <div className="form-row">
        <label>
          {t('projects.capacity')}
          <input name="capacityHouseholds" type="number" min={1} required value={form.capacityHouseholds} onChange={(e) => set('capacityHouseholds', Number(e.target.value))} />
        </label>
        <label>
          {t('projects.startsOn')}
          <input name="startsOn" type="date" required value={form.startsOn} onChange={(e) => set('startsOn', e.target.value)} />
        </label>
        <label>
          {t('projects.endsOn')}
          <input name="endsOn" type="date" value={form.endsOn ?? ''} onChange={(e) => set('endsOn', e.target.value)} />
        </label>
      </div>
      <label>
        {t('projects.fundedBy')}
        <input name="fundedBy" value={form.fundedBy ?? ''} onChange={(e) => set('fundedBy', e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={state.fetching}>
        {t(project ? 'projects.save' : 'projects.create')}
      </button>
      <ErrorMessage error={state.error} />
    </form>
  );
}
