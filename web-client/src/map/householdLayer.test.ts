import { describe, expect, it } from 'vitest';
import { countsByLevel, highRiskShare, riskShareColour } from './householdLayer';

describe('household layer', () => {
  const counts = [
    { riskLevel: 'LOW', households: 12 },
    { riskLevel: 'HIGH', households: 3 },
    { riskLevel: 'MEDIUM', households: 5 },
  ];

  it('shades an area by its share of HIGH-risk households', () => {
    expect(highRiskShare(counts, 20)).toBe(0.15);
    expect(highRiskShare([], 4)).toBe(0);
    expect(highRiskShare(counts, 0)).toBeNull();
    expect(riskShareColour(null)).toBe('#cbd2d9');
    expect(riskShareColour(0)).not.toBe(riskShareColour(0.45));
    expect(riskShareColour(0.15)).toBe(riskShareColour(0.1));
  });

  it('reads the counts by level', () => {
    expect(countsByLevel(counts)).toEqual({ HIGH: 3, MEDIUM: 5, LOW: 12 });
    expect(countsByLevel(null)).toEqual({ HIGH: 0, MEDIUM: 0, LOW: 0 });
  });
});
