import type { FieldCheck } from '../components/FieldProblem';
import type { OrganisationApplicationInput, OrganisationKind } from '../gql/graphql';
import { creditCodeProblem, normaliseCreditCode } from '../lib/creditCode';

/** The application form as typed; the location is picked on the map. */
export interface ApplicationForm {
  name: string;
  kind: OrganisationKind;
  creditCode: string;
  regionCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  categoryCodes: string[];
  description: string;
}

export interface PickedLocation {
  latitude: number;
  longitude: number;
}

export const emptyApplication: ApplicationForm = {
  name: '',
  kind: 'ENTERPRISE',
  creditCode: '',
  regionCode: '',
  address: '',
  contactName: '',
  contactPhone: '',
  categoryCodes: [],
  description: '',
};

/** The fields a problem can be shown beside, in the order of the form. */
export const applicationFields = ['name', 'kind', 'creditCode', 'regionCode', 'location', 'address', 'contactName', 'contactPhone', 'categoryCodes', 'description'] as const;
export type ApplicationField = (typeof applicationFields)[number];

// As the API checks them (Onboarding/ApplicationValidation.cs), so that most refusals never leave the browser.
const phonePattern = /^\+?[0-9 -]{5,24}$/;
const limits: Partial<Record<ApplicationField, number>> = { name: 200, address: 300, contactName: 100, contactPhone: 32, description: 2000 };

/** What is wrong with the form, field by field (translation keys: join.problem.…, creditCode.problem.…); empty when it can be sent. */
export function checkApplication(form: ApplicationForm, location: PickedLocation | null): Partial<Record<ApplicationField, FieldCheck>> {
  const found: Partial<Record<ApplicationField, FieldCheck>> = {};
  for (const field of ['name', 'address', 'contactName', 'contactPhone'] as const) {
    if (!form[field].trim()) found[field] = { key: 'join.problem.required' };
  }
  for (const [field, max] of Object.entries(limits) as Array<[ApplicationField, number]>) {
    const value = form[field as keyof ApplicationForm];
    if (typeof value === 'string' && value.trim().length > max) found[field] = { key: 'join.problem.tooLong', values: { max } };
  }
  if (!found.contactPhone && !phonePattern.test(form.contactPhone.trim())) found.contactPhone = { key: 'join.problem.phone' };
  const code = creditCodeProblem(form.creditCode);
  if (code) {
    const { kind, ...values } = code;
    found.creditCode = { key: `creditCode.problem.${kind}`, values };
  }
  if (!form.regionCode) found.regionCode = { key: 'join.problem.community' };
  if (!location) found.location = { key: 'join.problem.location' };
  return found;
}

/** The form as the API takes it: trimmed, the credit code in capitals without spaces, no empty description. */
export function applicationInput(form: ApplicationForm, location: PickedLocation): OrganisationApplicationInput {
  return {
    name: form.name.trim(),
    kind: form.kind,
    creditCode: normaliseCreditCode(form.creditCode),
    regionCode: form.regionCode,
    latitude: location.latitude,
    longitude: location.longitude,
    address: form.address.trim(),
    contactName: form.contactName.trim(),
    contactPhone: form.contactPhone.trim(),
    categoryCodes: form.categoryCodes,
    description: form.description.trim() || null,
  };
}
