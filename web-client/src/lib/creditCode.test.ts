import { creditCodeCheckCharacter, creditCodeProblem, normaliseCreditCode } from './creditCode';

// The cases of the API's own test (tests/…/Onboarding/CreditCodeTests.cs), so both sides agree.
describe('the unified social credit code check (GB 32100-2015)', () => {
  it('accepts codes that check, in capitals and without spaces', () => {
    for (const code of ['914403001922038216', '91350100M000100Y43', ' 91110000802100433b ', '9135 0100 M000 100Y 43']) {
      expect(creditCodeProblem(code), code).toBeNull();
    }
    expect(normaliseCreditCode(' 91110000802100433b ')).toBe('91110000802100433B');
    expect(normaliseCreditCode('9135 0100 M000 100Y 43')).toBe('91350100M000100Y43');
  });

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91110000802100433')).toBe('B');
  });

  it('says how many characters there are when the length is wrong', () => {
    expect(creditCodeProblem('91440300192203821')).toEqual({ kind: 'length', length: 17 });
    expect(creditCodeProblem('9144030019220382160')).toEqual({ kind: 'length', length: 19 });
    expect(creditCodeProblem('')).toEqual({ kind: 'length', length: 0 });
  });

  it('names a character that cannot appear (I, O, S, V, Z and anything not a digit or capital)', () => {
    expect(creditCodeProblem('91440300192203821I')).toEqual({ kind: 'character', character: 'I' });
    expect(creditCodeProblem('91440300-922038216')).toEqual({ kind: 'character', character: '-' });
  });

  it('wants six digits for the administrative division', () => {
    expect(creditCodeProblem('9144A3001922038216')).toEqual({ kind: 'division' });
  });

  it('gives the check character a mistyped code should end with', () => {
    expect(creditCodeProblem('914403001922038217')).toEqual({ kind: 'check', expected: '6' });
    // Two characters swapped in the middle are caught.
    expect(creditCodeProblem('914403001922308216')).toMatchObject({ kind: 'check' });
  });

  it('accepts a generated code (as the end-to-end journey makes them)', () => {
    const body = '91340103E2E012345';
    expect(creditCodeProblem(body + creditCodeCheckCharacter(body))).toBeNull();
  });
});
