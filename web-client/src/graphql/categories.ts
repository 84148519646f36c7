import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const CategoriesQuery = graphql(`
  query Categories {
    categories {
      code
      name
      nameEn
      parentCode
    }
  }
`);

export interface Category {
  code: string;
  name: string;
  nameEn: string;
  parentCode?: string | null;
}

export const categoryName = (category: Category | undefined, language: string, code = '') =>
  category ? (language === 'en' ? category.nameEn : category.name) : code;

/** The need taxonomy, parents before children, with a lookup by code. */
export function useCategories() {
  const [{ data }] = useQuery({ query: CategoriesQuery, requestPolicy: 'cache-first' });
  return useMemo(() => {
    const list = data?.categories ?? [];
    const byCode = new Map(list.map((c) => [c.code, c]));
    return { list, byCode };
  }, [data]);
}

// The taxonomy's administration (admins): every category, retired ones too; create, change, retire.

export const AdminCategoriesQuery = graphql(`
  query AdminCategories {
    categories(includeRetired: true) {
      code
      name
      nameEn
      parentCode
      retiredAt
      sortOrder
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($code: String!, $input: CategoryInput!, $idempotencyKey: String) {
    createCategory(code: $code, input: $input, idempotencyKey: $idempotencyKey) {
      code
      name
      nameEn
      parentCode
      retiredAt
      sortOrder
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($code: String!, $input: CategoryInput!, $idempotencyKey: String) {
    updateCategory(code: $code, input: $input, idempotencyKey: $idempotencyKey) {
      code
      name
      nameEn
      parentCode
      retiredAt
      sortOrder
    }
  }
`);

export const RetireCategoryMutation = graphql(`
  mutation RetireCategory($code: String!, $idempotencyKey: String) {
    retireCategory(code: $code, idempotencyKey: $idempotencyKey) {
      code
      retiredAt
    }
  }
`);
