import { describe, expect, it } from 'vitest';
import { birthDateOf, checkCharacter, idNumberProblem, sexOf } from './idNumber';

// 11010519491231002X is the standard's own example; 340104198001011234 with its check character computed.
describe('GB 11643 ID numbers', () => {
  it('computes the check character, X for 10', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('34010419800101123')).toBe('4');
  });

  it('accepts a well-formed number, lower-case x and blanks around it', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem(' 11010519491231002x ')).toBeNull();
    expect(idNumberProblem('340104198001011234')).toBeNull();
    expect(idNumberProblem('')).toBeNull();
  });

  it('says what is wrong', () => {
    expect(idNumberProblem('3401041980010112')).toBe('length');
    expect(idNumberProblem('34010419800101123A')).toBe('format');
    expect(idNumberProblem('340104198002301234')).toBe('birthDate');
    expect(idNumberProblem('340104198001011239')).toBe('checkDigit');
  });

  it('reads the birth date and sex', () => {
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
    expect(sexOf('11010519491231002X')).toBe('FEMALE');
    expect(sexOf('340104198001011234')).toBe('MALE');
  });
});
