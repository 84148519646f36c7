import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

// The label vocabulary: files carry codes, people read names.
const LabelsQuery = graphql(`
  query Labels {
    labels(includeRetired: true) {
      code
      name
      nameEn
      appliesTo
      retiredAt
    }
  }
`);

export interface Label {
  code: string;
  name: string;
  nameEn: string;
  appliesTo: string;
  retiredAt?: string | null;
}

export const labelName = (label: Label | undefined, language: string, code = '') =>
  label ? (language === 'en' ? label.nameEn : label.name) : code;

/** The vocabulary, retired labels included (files keep them), with a lookup by code. */
export function useLabels() {
  const [{ data }] = useQuery({ query: LabelsQuery, requestPolicy: 'cache-first' });
  return useMemo(() => {
    const list = data?.labels ?? [];
    const byCode = new Map(list.map((l) => [l.code, l]));
    return { list, byCode };
  }, [data]);
}
