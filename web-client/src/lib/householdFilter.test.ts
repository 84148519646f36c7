import { describe, expect, it } from 'vitest';
import { applyPreset, decodeSearch, emptySearch, encodeSearch, searchProblems, toHouseholdFilter, toggled } from './householdFilter';

describe('household search filter', () => {
  it('sends nothing for the empty form', () => {
    expect(toHouseholdFilter(emptySearch)).toEqual({});
  });

  it('makes the seed query (低保 with a final-year student) one preset', () => {
    expect(toHouseholdFilter(applyPreset('dibaoFinalYear', '340104001001'))).toEqual({
      regionCode: '340104001001',
      assistanceStatuses: ['MINIMUM_LIVING_ALLOWANCE'],
      finalYear: true,
    });
  });

  it('sends numbers as numbers, yes/no as booleans, and labels as all or any', () => {
    const form = { ...emptySearch, labels: ['a', 'b'], memberAgeFrom: ' 60 ', memberAgeTo: '', disabilityGradeAtMost: '2', hasOpenNeeds: 'no' as const, notVisitedSince: '2026-10-01' };
    expect(toHouseholdFilter(form)).toEqual({ labelsAll: ['a', 'b'], memberAgeFrom: 60, disabilityGradeAtMost: 2, hasOpenNeeds: false, notVisitedSince: '2026-10-01' });
    expect(toHouseholdFilter({ ...form, labelsMatch: 'any' })).toMatchObject({ labelsAny: ['a', 'b'] });
    expect(toHouseholdFilter({ ...form, labelsMatch: 'any' })).not.toHaveProperty('labelsAll');
  });

  it('tells ages that are not whole numbers or the wrong way round', () => {
    expect(searchProblems({ ...emptySearch, memberAgeFrom: 'abc' })).toEqual(['memberAgeFrom']);
    expect(searchProblems({ ...emptySearch, memberAgeFrom: '70', memberAgeTo: '60' })).toEqual(['memberAgeTo']);
    expect(searchProblems({ ...emptySearch, memberAgeFrom: '60', memberAgeTo: '70' })).toEqual([]);
  });

  it('goes into the address and back, only what was asked', () => {
    const form = applyPreset('dibaoFinalYear', 'x');
    expect(JSON.parse(encodeSearch(form))).toEqual({ regionCode: 'x', assistanceStatuses: ['MINIMUM_LIVING_ALLOWANCE'], finalYear: 'yes' });
    expect(decodeSearch(encodeSearch(form))).toEqual(form);
    expect(decodeSearch('not json')).toBeNull();
    expect(decodeSearch(null)).toBeNull();
  });

  it('toggles checkbox values', () => {
    expect(toggled(['A'], 'B', true)).toEqual(['A', 'B']);
    expect(toggled(['A', 'B'], 'A', false)).toEqual(['B']);
    expect(toggled(['A'], 'A', true)).toEqual(['A']);
  });
});
