import { useQuery } from 'urql';
import { DistrictsQuery } from '../graphql/regions';

/** A district or one of its sub-districts (administrators see every region); empty for none. */
export function RegionSelect({ label, emptyLabel, value, onChange, name = 'region' }: { label: string; emptyLabel: string; value: string | null; onChange(code: string): void; name?: string }) {
  const [{ data }] = useQuery({ query: DistrictsQuery, requestPolicy: 'cache-first' });
  return (
    <label>
      {label}
      <select name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        {data?.regions.map((d) => (
          <optgroup key={d.code} label={d.name}>
            <option value={d.code}>{d.name}</option>
            {d.children.map((s) => (
              <option key={s.code} value={s.code}>
                {'\u00a0\u00a0'}
                {s.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
