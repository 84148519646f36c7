/**
 * The resident ID number (居民身份证号, GB 11643-1999): 17 digits and a check character computed
 * from them (ISO 7064 MOD 11-2). Checked here so that a mistyped number is said at once, beside
 * the field, before the API refuses it as VALIDATION.
 */
export type IdNumberProblem = 'length' | 'format' | 'birthDate' | 'checkDigit';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

/** The check character the first 17 digits call for. */
export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return checkChars[sum % 11];
}

/** What is wrong with an ID number, or null when it is well formed (an empty one is not checked). */
export function idNumberProblem(value: string): IdNumberProblem | null {
  const id = value.trim().toUpperCase();
  if (!id) return null;
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!birthDateOf(id)) return 'birthDate';
  return checkCharacter(id.slice(0, 17)) === id[17] ? null : 'checkDigit';
}

/** The birth date (yyyy-mm-dd) the number carries in characters 7–14, when it is a real day. */
export function birthDateOf(id: string): string | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The sex the 17th digit says: odd for men, even for women. */
export function sexOf(id: string): 'MALE' | 'FEMALE' | null {
  return /^\d{16}(\d)/.test(id) ? (Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE') : null;
}
