/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015), checked in the browser as the
 * API checks it (Core's Onboarding/CreditCode.cs): 18 characters from 31 (digits and capitals but
 * I, O, S, V, Z); characters 3 to 8 are the 6-digit administrative division; the last is a check
 * character computed from the other 17 with weights 3^i mod 31.
 */
export const creditCodeLength = 18;
const characters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** What is wrong with a code, for a message naming the field (creditCode.problem.<kind>). */
export type CreditCodeProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; character: string }
  | { kind: 'division' }
  | { kind: 'check'; expected: string };

/** As the API stores it: capitals, no spaces. */
export const normaliseCreditCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/** The check character of the first 17 characters (which must be valid ones). */
export function creditCodeCheckCharacter(code: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += characters.indexOf(code[i]) * weights[i];
  return characters[(31 - (sum % 31)) % 31];
}

/** Null when the code checks; otherwise the first thing wrong with it, in the API's order. */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = normaliseCreditCode(raw);
  if (code.length !== creditCodeLength) return { kind: 'length', length: code.length };
  const bad = [...code].find((c) => !characters.includes(c));
  if (bad) return { kind: 'character', character: bad };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { kind: 'division' };
  const expected = creditCodeCheckCharacter(code);
  return code[17] === expected ? null : { kind: 'check', expected };
}
