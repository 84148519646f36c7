import { useTranslation } from 'react-i18next';
import { CategoryOptions } from '../components/CategoryOptions';
import { useCategories } from '../graphql/categories';
import { openStatuses, allStatuses } from '../lib/needActions';

export interface NeedFilterState {
  statuses: string[];
  category: string;
  urgency: string;
  order: string;
  /** Only the needs the signed-in social worker holds. */
  mine: boolean;
}

export const defaultFilters: NeedFilterState = { statuses: [...openStatuses], category: '', urgency: '', order: 'NEWEST', mine: false };
const urgencies = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'];
const orders = ['NEWEST', 'MOST_URGENT', 'DUE_SOONEST', 'OLDEST'];

/** The filters as URL search parameters, so that a filtered list survives a reload or a back step. */
export function filtersFromParams(params: URLSearchParams): NeedFilterState {
  const statuses = params.get('status')?.split(',').filter((s) => (allStatuses as readonly string[]).includes(s));
  return {
    statuses: statuses?.length ? statuses : defaultFilters.statuses,
    category: params.get('category') ?? '',
    urgency: urgencies.includes(params.get('urgency') ?? '') ? params.get('urgency')! : '',
    order: orders.includes(params.get('order') ?? '') ? params.get('order')! : 'NEWEST',
    mine: params.get('mine') === '1',
  };
}

export function filtersToParams(filters: NeedFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.statuses.join() !== defaultFilters.statuses.join()) params.set('status', filters.statuses.join(','));
  if (filters.category) params.set('category', filters.category);
  if (filters.urgency) params.set('urgency', filters.urgency);
  if (filters.order !== 'NEWEST') params.set('order', filters.order);
  if (filters.mine) params.set('mine', '1');
  return params;
}

const statusGroups: Record<string, string[]> = {
  open: [...openStatuses],
  waiting: ['REPORTED', 'VERIFIED'],
  inHand: ['CLAIMED', 'MATCHED', 'IN_SERVICE'],
  cleared: ['CLEARED'],
  all: [...allStatuses],
};

export function NeedFilters({ value, onChange, canHold }: { value: NeedFilterState; onChange(next: NeedFilterState): void; canHold: boolean }) {
  const { t } = useTranslation();
  const { list: categories } = useCategories();
  const group = Object.entries(statusGroups).find(([, s]) => s.join() === value.statuses.join())?.[0] ?? 'open';

  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('needs.filters')}>
      <label>
        {t('needs.filterStatus')}
        <select name="status" value={group} onChange={(e) => onChange({ ...value, statuses: statusGroups[e.target.value] })}>
          {Object.keys(statusGroups).map((key) => (
            <option key={key} value={key}>
              {t(`needs.statusGroup.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('needs.filterCategory')}
        <select name="category" value={value.category} onChange={(e) => onChange({ ...value, category: e.target.value })}>
          <option value="">{t('needs.anyCategory')}</option>
          <CategoryOptions categories={categories} />
        </select>
      </label>
      <label>
        {t('needs.filterUrgency')}
        <select name="urgency" value={value.urgency} onChange={(e) => onChange({ ...value, urgency: e.target.value })}>
          <option value="">{t('needs.anyUrgency')}</option>
          {urgencies.map((u) => (
            <option key={u} value={u}>
              {t(`enums.Urgency.${u}`)}
            </option>
          ))}
        </select>
      </label>
      {canHold && (
        <label className="check">
          <input type="checkbox" name="mine" checked={value.mine} onChange={(e) => onChange({ ...value, mine: e.target.checked })} />
          {t('needs.filterMine')}
        </label>
      )}
      <label>
        {t('needs.order')}
        <select name="order" value={value.order} onChange={(e) => onChange({ ...value, order: e.target.value })}>
          {orders.map((o) => (
            <option key={o} value={o}>
              {t(`enums.NeedOrderBy.${o}`)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
