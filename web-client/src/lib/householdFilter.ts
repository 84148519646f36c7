/**
 * The household search's form and the API's HouseholdFilter: the form keeps every field as the
 * person typed it (strings, so an empty box is "not asked"), the filter sends only what was asked.
 * The form also travels in the address (?q=…), so that the results survive opening a file and
 * coming back, and a search can be shared.
 */
import type { HouseholdFilter } from '../gql/graphql';

export type Tri = '' | 'yes' | 'no';

export interface HouseholdSearchForm {
  regionCode: string;
  assistanceStatuses: string[];
  riskLevels: string[];
  labels: string[];
  labelsMatch: 'all' | 'any';
  memberAgeFrom: string;
  memberAgeTo: string;
  disabilityGradeAtMost: string;
  schoolStages: string[];
  finalYear: Tri;
  hasOpenNeeds: Tri;
  notVisitedSince: string;
}

export const emptySearch: HouseholdSearchForm = {
  regionCode: '',
  assistanceStatuses: [],
  riskLevels: [],
  labels: [],
  labelsMatch: 'all',
  memberAgeFrom: '',
  memberAgeTo: '',
  disabilityGradeAtMost: '',
  schoolStages: [],
  finalYear: '',
  hasOpenNeeds: '',
  notVisitedSince: '',
};

/** Searches offered as one click; the first is the seed query of issue 18. */
export const presets: Record<string, Partial<HouseholdSearchForm>> = {
  dibaoFinalYear: { assistanceStatuses: ['MINIMUM_LIVING_ALLOWANCE'], finalYear: 'yes' },
  highRiskOpenNeeds: { riskLevels: ['HIGH'], hasOpenNeeds: 'yes' },
  severeDisability: { disabilityGradeAtMost: '2' },
  elderly80: { memberAgeFrom: '80' },
};

export function applyPreset(name: string, regionCode: string): HouseholdSearchForm {
  return { ...emptySearch, ...presets[name], regionCode };
}

export interface HouseholdFilterInput {
  regionCode?: string;
  assistanceStatuses?: string[];
  riskLevels?: string[];
  labelsAll?: string[];
  labelsAny?: string[];
  memberAgeFrom?: number;
  memberAgeTo?: number;
  disabilityGradeAtMost?: number;
  schoolStages?: string[];
  finalYear?: boolean;
  hasOpenNeeds?: boolean;
  notVisitedSince?: string;
}

const whole = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : undefined);
const tri = (value: Tri) => (value === 'yes' ? true : value === 'no' ? false : undefined);
const list = (values: string[]) => (values.length ? [...values] : undefined);

/** The API filter for a form: only the parts asked, numbers as numbers. */
export function toHouseholdFilter(form: HouseholdSearchForm): HouseholdFilter {
  const filter: HouseholdFilterInput = {
    regionCode: form.regionCode || undefined,
    assistanceStatuses: list(form.assistanceStatuses),
    riskLevels: list(form.riskLevels),
    [form.labelsMatch === 'any' ? 'labelsAny' : 'labelsAll']: list(form.labels),
    memberAgeFrom: whole(form.memberAgeFrom),
    memberAgeTo: whole(form.memberAgeTo),
    disabilityGradeAtMost: whole(form.disabilityGradeAtMost),
    schoolStages: list(form.schoolStages),
    finalYear: tri(form.finalYear),
    hasOpenNeeds: tri(form.hasOpenNeeds),
    notVisitedSince: form.notVisitedSince || undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as HouseholdFilter;
}

/** Problems the form can tell before asking (the API checks the rest). */
export function searchProblems(form: HouseholdSearchForm): string[] {
  const problems: string[] = [];
  for (const key of ['memberAgeFrom', 'memberAgeTo'] as const) {
    if (form[key].trim() && whole(form[key]) === undefined) problems.push(key);
  }
  const from = whole(form.memberAgeFrom);
  const to = whole(form.memberAgeTo);
  if (from !== undefined && to !== undefined && from > to) problems.push('memberAgeTo');
  return problems;
}

/** The form as it goes in the address, and back (anything unreadable is the empty search). */
export function encodeSearch(form: HouseholdSearchForm): string {
  const asked = Object.fromEntries(Object.entries(form).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(emptySearch[k as keyof HouseholdSearchForm])));
  return JSON.stringify(asked);
}

export function decodeSearch(text: string | null): HouseholdSearchForm | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<HouseholdSearchForm>;
    return typeof parsed === 'object' && parsed ? { ...emptySearch, ...parsed } : null;
  } catch {
    return null;
  }
}

/** Checkbox groups: the list with the value added or taken out. */
export const toggled = (values: string[], value: string, on: boolean) => (on ? [...new Set([...values, value])] : values.filter((v) => v !== value));
