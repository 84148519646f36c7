import type { FieldCheck } from '../components/FieldProblem';

// As the API checks a login (Onboarding/ApplicationValidation.Login).
const loginPattern = /^[a-z0-9._-]{3,100}$/;

/** What is wrong with a staff login typed for an approval; null when it is fine or left empty (the API then makes one). */
export function staffLoginProblem(login: string): FieldCheck | null {
  const trimmed = login.trim();
  if (!trimmed) return null;
  return loginPattern.test(trimmed) ? null : { key: 'applications.loginProblem' };
}
