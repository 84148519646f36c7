import type { CombinedError } from 'urql';

/** Codes the API puts in errors[].extensions.code; each has a sentence in both languages (errors.CODE). */
export const errorCodes = [
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'CAPACITY_EXCEEDED',
  'DUPLICATE_PERSON',
  'ORGANISATION_SUSPENDED',
  'VALIDATION',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TIMEOUT',
  'QUERY_TOO_COMPLEX',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
  'DATABASE_UNAVAILABLE',
  'TOO_MANY_SUBSCRIPTIONS',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * Refusals whose server message is the point, shown in full rather than as a detail: a suspended
 * organisation's staff read the reason the office gave, which only the message carries.
 */
export const messageShown: ReadonlySet<ErrorCode> = new Set(['ORGANISATION_SUSPENDED']);

/** One refusal, ready to show: a translation key for the person, and the server's own words as detail. */
export interface Problem {
  code: ErrorCode;
  messageKey: `errors.${ErrorCode}`;
  /** The API's message (English), for a detail line or a support request. */
  detail?: string;
  /** For VALIDATION: the input field at fault. */
  field?: string;
}

export function toErrorCode(code: unknown): ErrorCode {
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : 'UNKNOWN';
}

function problem(code: ErrorCode, detail?: string, field?: string): Problem {
  return { code, messageKey: `errors.${code}`, detail, field };
}

/** The problems in an urql error (or a thrown one), one per distinct code and field. */
export function problemsOf(error: CombinedError | Error | null | undefined): Problem[] {
  if (!error) return [];
  const graphQLErrors = 'graphQLErrors' in error ? error.graphQLErrors : [];
  if (graphQLErrors.length) {
    const seen = new Set<string>();
    return graphQLErrors
      .map((e) => problem(toErrorCode(e.extensions?.code), e.message, fieldOf(e.extensions?.field)))
      .filter((p) => {
        const key = `${p.code}:${p.field ?? ''}`;
        return seen.has(key) ? false : (seen.add(key), true);
      });
  }
  if ('networkError' in error && error.networkError) return [problem('NETWORK', error.networkError.message)];
  return [problem('UNKNOWN', error.message)];
}

function fieldOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Parts of a query that fail with FORBIDDEN (personal fields one may not see) still return the
 * rest: these are not errors to show when the page has data to show.
 */
export function onlyForbiddenFields(error: CombinedError | undefined): boolean {
  return !!error && error.graphQLErrors.length > 0 && error.graphQLErrors.every((e) => e.extensions?.code === 'FORBIDDEN' && (e.path?.length ?? 0) > 1);
}

/**
 * A form's refusals placed beside the fields they are about: a VALIDATION naming a field the form
 * shows goes there (through `aliases` when the API names it otherwise, e.g. latitude → the map),
 * and so does a refusal whose code is always about one field (`byCode`, e.g. an application's
 * CONFLICT is its credit code's); the rest are the form's own.
 */
export function placeProblems(
  problems: Problem[],
  fields: readonly string[],
  { aliases = {}, byCode = {} }: { aliases?: Record<string, string>; byCode?: Partial<Record<ErrorCode, string>> } = {},
): { byField: Record<string, Problem>; rest: Problem[] } {
  const byField: Record<string, Problem> = {};
  const rest: Problem[] = [];
  for (const p of problems) {
    const named = p.code === 'VALIDATION' && p.field ? (aliases[p.field] ?? p.field) : byCode[p.code];
    if (named && fields.includes(named) && !byField[named]) byField[named] = p;
    else rest.push(p);
  }
  return { byField, rest };
}
