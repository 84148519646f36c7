export function ImpactPage() {
  return null;
}
