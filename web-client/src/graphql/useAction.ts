import { useCallback, useRef } from 'react';
import { useMutation, type AnyVariables, type CombinedError, type OperationResult, type TypedDocumentNode } from 'urql';
import { newActionKey } from './idempotency';

type WithKey = { idempotencyKey?: string | null };

/** A mutation as a user action: one idempotency key per action, kept for a retry when the answer was lost. */
export function useAction<Data, Variables extends AnyVariables & WithKey>(document: TypedDocumentNode<Data, Variables>, name: string) {
  const [state, execute] = useMutation<Data, Variables>(document);
  const key = useRef<string | null>(null);
  const run = useCallback(
    async (variables: Omit<Variables, 'idempotencyKey'>): Promise<OperationResult<Data, Variables>> => {
      key.current ??= newActionKey(name);
      const result = await execute({ ...variables, idempotencyKey: key.current } as Variables);
      if (!outcomeUnknown(result.error)) key.current = null;
      return result;
    },
    [execute, name],
  );
  return [state, run] as const;
}

/** Did the request perhaps go through? Then a retry must carry the same key. */
export function outcomeUnknown(error: CombinedError | undefined): boolean {
  if (!error) return false;
  if (error.networkError) return true;
  return error.graphQLErrors.some((e) => e.extensions?.code === 'TIMEOUT');
}
