import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problems } from '../components/ErrorMessage';
import { FieldProblem } from '../components/FieldProblem';
import { CreateCategoryMutation, UpdateCategoryMutation, categoryName } from '../graphql/categories';
import { placeProblems, problemsOf } from '../graphql/errors';
import { useAction } from '../graphql/useAction';
import { categoryCodeProblem, type AdminCategory } from './categoryEdits';

const fields = ['code', 'name', 'nameEn', 'parentCode', 'sortOrder'] as const;

/** A category to add, or one to rename, move or re-sort (its sort order as it stands; 1000, the API's default, for a new one). */
export function CategoryForm({ category, categories, onSaved, onCancel }: { category?: AdminCategory; categories: AdminCategory[]; onSaved(c: AdminCategory): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState(category?.code ?? '');
  const [name, setName] = useState(category?.name ?? '');
  const [nameEn, setNameEn] = useState(category?.nameEn ?? '');
  const [parentCode, setParentCode] = useState(category?.parentCode ?? '');
  const [sortOrder, setSortOrder] = useState(category?.sortOrder ?? 1000);
  const [created, create] = useAction(CreateCategoryMutation, 'createCategory');
  const [updated, update] = useAction(UpdateCategoryMutation, 'updateCategory');
  const state = category ? updated : created;
  const { byField, rest } = placeProblems(problemsOf(state.error), fields, { byCode: category ? {} : { CONFLICT: 'code' } });
  const codeCheck = category || !code ? null : categoryCodeProblem(code);
  // A category cannot go under itself or one of its own sub-categories (the API refuses it too).
  const parents = categories.filter((c) => !c.retiredAt && c.code !== category?.code && c.parentCode !== category?.code);

  return (
    <form
      className="grid-form"
      aria-label={t(category ? 'categoriesAdmin.editTitle' : 'categoriesAdmin.new')}
      onSubmit={(e) => {
        e.preventDefault();
        if (codeCheck) return;
        const input = { name: name.trim(), nameEn: nameEn.trim(), parentCode: parentCode || null, sortOrder };
        void (category ? update({ code: category.code, input }) : create({ code, input })).then((r) => {
          const saved = r.data && ('createCategory' in r.data ? r.data.createCategory : r.data.updateCategory);
          if (saved) onSaved(saved);
        });
      }}
    >
      <label>
        {t('categoriesAdmin.code')}
        <input name="code" required disabled={!!category} value={code} placeholder="HOME_REPAIR" onChange={(e) => setCode(e.target.value.toUpperCase())} aria-invalid={!!(codeCheck ?? byField.code)} />
        <FieldProblem name="code" check={codeCheck ?? (byField.code?.code === 'CONFLICT' ? { key: 'categoriesAdmin.codeTaken' } : undefined)} problem={byField.code} />
      </label>
      <label>
        {t('categoriesAdmin.name')}
        <input name="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        <FieldProblem name="name" problem={byField.name} />
      </label>
      <label>
        {t('categoriesAdmin.nameEn')}
        <input name="nameEn" required maxLength={100} lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        <FieldProblem name="nameEn" problem={byField.nameEn} />
      </label>
      <label>
        {t('categoriesAdmin.parent')}
        <select name="parentCode" value={parentCode} onChange={(e) => setParentCode(e.target.value)}>
          <option value="">{t('categoriesAdmin.topLevel')}</option>
          {parents.map((c) => (
            <option key={c.code} value={c.code}>
              {c.parentCode ? '\u00a0\u00a0' : ''}
              {categoryName(c, i18n.language)}
            </option>
          ))}
        </select>
        <FieldProblem name="parentCode" problem={byField.parentCode} />
      </label>
      <label>
        {t('categoriesAdmin.sortOrder')}
        <input name="sortOrder" type="number" value={sortOrder} onChange={(e) => setSortOrder(Number(e.target.value))} />
        <small className="hint">{t('categoriesAdmin.sortOrderHint')}</small>
      </label>
      <div className="wide actions">
        <button type="submit" className="primary" disabled={state.fetching || !!codeCheck}>
          {state.fetching ? t('common.working') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <div className="wide">
        <Problems problems={rest} />
      </div>
    </form>
  );
}
