export function OfficePage() {
  return null;
}
