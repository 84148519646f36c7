/** The map's household layer: each area coloured by its share of HIGH-risk households. */
export interface RiskCount {
  riskLevel: string;
  households: number;
}

/** HIGH-risk households over all of the area's; null when it has none (drawn as "no data"). */
export function highRiskShare(byRiskLevel: RiskCount[] | null | undefined, households: number | null | undefined): number | null {
  if (!households) return null;
  const high = byRiskLevel?.find((c) => c.riskLevel === 'HIGH')?.households ?? 0;
  return high / households;
}

export const riskShareSteps = [0, 0.1, 0.2, 0.3, 0.4];
const scale = ['#fff5eb', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'];

export function riskShareColour(share: number | null): string {
  if (share == null || Number.isNaN(share)) return '#cbd2d9';
  let index = 0;
  riskShareSteps.forEach((step, i) => {
    if (share >= step) index = i;
  });
  return scale[index];
}

/** "H 3 · M 5 · L 12" in the order HIGH, MEDIUM, LOW, for a tooltip. */
export function countsByLevel(byRiskLevel: RiskCount[] | null | undefined): Record<'HIGH' | 'MEDIUM' | 'LOW', number> {
  const of = (level: string) => byRiskLevel?.find((c) => c.riskLevel === level)?.households ?? 0;
  return { HIGH: of('HIGH'), MEDIUM: of('MEDIUM'), LOW: of('LOW') };
}
