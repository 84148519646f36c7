import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { onlyForbiddenFields, placeProblems, problemsOf, toErrorCode } from './errors';
import { outcomeUnknown } from './useAction';

const gqlError = (code: string | undefined, message = 'm', extra: Record<string, unknown> = {}, path?: string[]) =>
  new GraphQLError(message, { extensions: { ...(code ? { code } : {}), ...extra }, path });

describe('problemsOf', () => {
  it('turns each error code into its translation key, with the API message as detail', () => {
    const error = new CombinedError({ graphQLErrors: [gqlError('CONFLICT', 'This need was just claimed by worker2.xianqiao.')] });
    expect(problemsOf(error)).toEqual([
      { code: 'CONFLICT', messageKey: 'errors.CONFLICT', detail: 'This need was just claimed by worker2.xianqiao.', field: undefined },
    ]);
  });

  it('keeps the field of a validation error', () => {
    const [problem] = problemsOf(new CombinedError({ graphQLErrors: [gqlError('VALIDATION', 'bad', { field: 'note' })] }));
    expect(problem).toMatchObject({ code: 'VALIDATION', field: 'note' });
  });

  it('says UNKNOWN for codes it does not know, and for errors without a code', () => {
    const problems = problemsOf(new CombinedError({ graphQLErrors: [gqlError('SOMETHING_NEW'), gqlError(undefined, 'other')] }));
    expect(problems.map((p) => p.code)).toEqual(['UNKNOWN']);
  });

  it('says NETWORK when no answer came', () => {
    expect(problemsOf(new CombinedError({ networkError: new Error('Failed to fetch') }))[0]).toMatchObject({ code: 'NETWORK', detail: 'Failed to fetch' });
  });

  it('shows one line per code and field, not one per failing item', () => {
    const error = new CombinedError({ graphQLErrors: [gqlError('FORBIDDEN', 'a'), gqlError('FORBIDDEN', 'b'), gqlError('NOT_FOUND')] });
    expect(problemsOf(error).map((p) => p.code)).toEqual(['FORBIDDEN', 'NOT_FOUND']);
  });

  it('has nothing to say without an error', () => {
    expect(problemsOf(undefined)).toEqual([]);
  });
});

describe('toErrorCode', () => {
  it('accepts only known codes', () => {
    expect(toErrorCode('CAPACITY_EXCEEDED')).toBe('CAPACITY_EXCEEDED');
    expect(toErrorCode('capacity_exceeded')).toBe('UNKNOWN');
    expect(toErrorCode(42)).toBe('UNKNOWN');
  });
});

describe('onlyForbiddenFields', () => {
  it('is true when only nested personal fields were refused', () => {
    const error = new CombinedError({ graphQLErrors: [gqlError('FORBIDDEN', 'x', {}, ['need', 'household', 'headName'])] });
    expect(onlyForbiddenFields(error)).toBe(true);
  });

  it('is false when the whole query was refused, or for other errors', () => {
    expect(onlyForbiddenFields(new CombinedError({ graphQLErrors: [gqlError('FORBIDDEN', 'x', {}, ['need'])] }))).toBe(false);
    expect(onlyForbiddenFields(new CombinedError({ graphQLErrors: [gqlError('TIMEOUT', 'x', {}, ['need', 'household'])] }))).toBe(false);
    expect(onlyForbiddenFields(undefined)).toBe(false);
  });
});

describe('outcomeUnknown', () => {
  it('keeps the idempotency key when the answer was lost or timed out', () => {
    expect(outcomeUnknown(new CombinedError({ networkError: new Error('offline') }))).toBe(true);
    expect(outcomeUnknown(new CombinedError({ graphQLErrors: [gqlError('TIMEOUT')] }))).toBe(true);
  });

  it('drops it after a definite answer', () => {
    expect(outcomeUnknown(new CombinedError({ graphQLErrors: [gqlError('CONFLICT')] }))).toBe(false);
    expect(outcomeUnknown(undefined)).toBe(false);
  });
});

describe('placeProblems', () => {
  const fields = ['name', 'creditCode', 'location'] as const;
  const problems = (...errors: GraphQLError[]) => problemsOf(new CombinedError({ graphQLErrors: errors }));

  it('puts a validation error beside the field it names', () => {
    const { byField, rest } = placeProblems(problems(gqlError('VALIDATION', 'Give the name.', { field: 'name' })), fields);
    expect(byField.name).toMatchObject({ code: 'VALIDATION', detail: 'Give the name.' });
    expect(rest).toEqual([]);
  });

  it('follows aliases (the API says latitude, the form shows a map)', () => {
    const { byField } = placeProblems(problems(gqlError('VALIDATION', 'bad', { field: 'latitude' })), fields, { aliases: { latitude: 'location' } });
    expect(byField.location?.code).toBe('VALIDATION');
  });

  it('puts a code that is always about one field beside it', () => {
    const { byField } = placeProblems(problems(gqlError('CONFLICT', 'An application with this code is waiting.')), fields, { byCode: { CONFLICT: 'creditCode' } });
    expect(byField.creditCode?.code).toBe('CONFLICT');
  });

  it("keeps for the form what names no field it shows, or none at all", () => {
    const { byField, rest } = placeProblems(problems(gqlError('VALIDATION', 'x', { field: 'description' }), gqlError('INTERNAL_SERVER_ERROR')), fields);
    expect(byField).toEqual({});
    expect(rest.map((p) => p.code)).toEqual(['VALIDATION', 'INTERNAL_SERVER_ERROR']);
  });
});
