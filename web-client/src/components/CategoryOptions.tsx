import { useTranslation } from 'react-i18next';
import { categoryName, type Category } from '../graphql/categories';

/** The taxonomy as `<option>`s, sub-categories indented under their parents, named in the reader's language. */
export function CategoryOptions({ categories }: { categories: readonly Category[] }) {
  const { i18n } = useTranslation();
  return (
    <>
      {categories.map((c) => (
        <option key={c.code} value={c.code}>
          {c.parentCode ? '\u00a0\u00a0' : ''}
          {categoryName(c, i18n.language)}
        </option>
      ))}
    </>
  );
}
