export function ResourceEditPage() {
  return null;
}
