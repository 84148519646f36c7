export default function GraphiQLPage() {
  return null;
}
