import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { AdminCategoriesQuery, RetireCategoryMutation, categoryName } from '../graphql/categories';
import { useAction } from '../graphql/useAction';
import { formatDateTime } from '../lib/format';
import { CategoryForm } from './CategoryForm';
import { withEdits, type AdminCategory } from './categoryEdits';

/**
 * The need taxonomy (admins): add a category, rename or move one, retire one (no longer offered
 * for new needs and resources; those that have it keep it). A category is never deleted.
 */
export function CategoriesPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: AdminCategoriesQuery, requestPolicy: 'cache-and-network' });
  const [edits, setEdits] = useState<Map<string, AdminCategory>>(new Map());
  const [editing, setEditing] = useState<string | null>(null);
  const categories = withEdits(data?.categories ?? [], edits);
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const saved = (category: AdminCategory) => {
    setEdits((e) => new Map(e).set(category.code, { ...byCode.get(category.code), ...category }));
    setEditing(null);
  };

  return (
    <div className="page">
      <div className="page-title">
        <h2>{t('categoriesAdmin.title')}</h2>
        <button type="button" className="primary" data-testid="new-category" onClick={() => setEditing(editing === '' ? null : '')}>
          {t('categoriesAdmin.new')}
        </button>
      </div>
      <p className="hint">{t('categoriesAdmin.hint')}</p>
      {editing === '' && (
        <section className="card">
          <CategoryForm categories={categories} onSaved={saved} onCancel={() => setEditing(null)} />
        </section>
      )}
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {data && !categories.length && <EmptyState title={t('categoriesAdmin.emptyTitle')} hint={t('categoriesAdmin.emptyHint')} />}
      <div className="table-wrap">
        <table data-testid="categories">
          <thead>
            <tr>
              <th>{t('categoriesAdmin.code')}</th>
              <th>{t('categoriesAdmin.name')}</th>
              <th>{t('categoriesAdmin.nameEn')}</th>
              <th>{t('categoriesAdmin.parent')}</th>
              <th className="num">{t('categoriesAdmin.sortOrder')}</th>
              <th>{t('categoriesAdmin.state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <CategoryRow
                key={c.code}
                category={c}
                parentName={c.parentCode ? categoryName(byCode.get(c.parentCode), i18n.language, c.parentCode) : '—'}
                editing={editing === c.code}
                onEdit={() => setEditing(editing === c.code ? null : c.code)}
                onSaved={saved}
                categories={categories}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function CategoryRow(props: {
  category: AdminCategory;
  parentName: string;
  editing: boolean;
  onEdit(): void;
  onSaved(category: AdminCategory): void;
  categories: AdminCategory[];
}) {
  const { category: c, parentName, editing, onEdit, onSaved, categories } = props;
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [retiring, retire] = useAction(RetireCategoryMutation, 'retireCategory');
  return (
    <>
      <tr data-code={c.code} className={c.retiredAt ? 'retired-row' : undefined}>
        <td>
          <code>{c.code}</code>
        </td>
        <td className={c.retiredAt ? 'retired' : undefined}>
          {c.parentCode ? '\u00a0\u00a0' : ''}
          {c.name}
        </td>
        <td className={c.retiredAt ? 'retired' : undefined}>{c.nameEn}</td>
        <td>{parentName}</td>
        <td className="num">{c.sortOrder ?? '—'}</td>
        <td>{c.retiredAt ? t('categoriesAdmin.retiredAt', { at: formatDateTime(c.retiredAt, i18n.language) }) : t('categoriesAdmin.offered')}</td>
        <td>
          <div className="actions">
            <button type="button" className="small" onClick={onEdit}>
              {t('categoriesAdmin.edit')}
            </button>
            {!c.retiredAt &&
              (confirming ? (
                <button
                  type="button"
                  className="small danger"
                  disabled={retiring.fetching}
                  onClick={() => void retire({ code: c.code }).then((r) => r.data && onSaved({ ...c, retiredAt: r.data.retireCategory.retiredAt }))}
                >
                  {t('categoriesAdmin.confirmRetire')}
                </button>
              ) : (
                <button type="button" className="small danger" onClick={() => setConfirming(true)}>
                  {t('categoriesAdmin.retire')}
                </button>
              ))}
          </div>
          <ErrorMessage error={retiring.error} />
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={7}>
            <CategoryForm category={c} categories={categories} onSaved={onSaved} onCancel={onEdit} />
          </td>
        </tr>
      )}
    </>
  );
}
