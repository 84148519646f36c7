import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Urgency } from '../gql/graphql';
import { ErrorMessage } from '../components/ErrorMessage';
import { CategoryOptions } from '../components/CategoryOptions';
import { useCategories } from '../graphql/categories';
import { ReportNeedMutation } from '../graphql/needs';
import { useAction } from '../graphql/useAction';

const urgencies: Urgency[] = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'];

/** A need of one household: its public summary (what donors see) and its private details. */
export function ReportNeedForm({ householdId, onReported }: { householdId: string; onReported(need: { id: string; publicSummary: string }): void }) {
  const { t } = useTranslation();
  const { list: categories } = useCategories();
  const [form, setForm] = useState({ categoryCode: '', publicSummary: '', privateDescription: '', urgency: 'NORMAL' as Urgency, quantity: '', unit: '', dueDate: '', isRecurring: false });
  const [state, report] = useAction(ReportNeedMutation, 'reportNeed');
  const set = (key: keyof typeof form, value: string | boolean) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const result = await report({
      input: {
        householdId,
        categoryCode: form.categoryCode,
        publicSummary: form.publicSummary.trim(),
        privateDescription: form.privateDescription.trim() || null,
        urgency: form.urgency,
        quantity: form.quantity ? Number(form.quantity) : null,
        unit: form.unit.trim() || null,
        dueDate: form.dueDate || null,
        isRecurring: form.isRecurring,
      },
    });
    if (result.data) {
      onReported(result.data.reportNeed);
      setForm((f) => ({ ...f, publicSummary: '', privateDescription: '', quantity: '', dueDate: '' }));
    }
  }

  return (
    <form className="grid-form" onSubmit={(e) => void submit(e)} aria-label={t('community.reportTitle')}>
      <label>
        {t('org.fieldCategory')}
        <select name="categoryCode" required value={form.categoryCode} onChange={(e) => set('categoryCode', e.target.value)}>
          <option value="">{t('org.chooseCategory')}</option>
          <CategoryOptions categories={categories} />
        </select>
      </label>
      <label>
        {t('needs.filterUrgency')}
        <select name="urgency" value={form.urgency} onChange={(e) => set('urgency', e.target.value)}>
          {urgencies.map((u) => (
            <option key={u} value={u}>
              {t(`enums.Urgency.${u}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        {t('community.publicSummary')}
        <input name="publicSummary" required maxLength={200} value={form.publicSummary} onChange={(e) => set('publicSummary', e.target.value)} placeholder={t('community.publicSummaryPlaceholder')} />
      </label>
      <label className="wide">
        {t('household.privateDescription')}
        <textarea name="privateDescription" rows={3} value={form.privateDescription} onChange={(e) => set('privateDescription', e.target.value)} />
      </label>
      <label>
        {t('need.quantity')}
        <input name="quantity" type="number" min={1} value={form.quantity} onChange={(e) => set('quantity', e.target.value)} />
      </label>
      <label>
        {t('org.fieldUnit')}
        <input name="unit" value={form.unit} onChange={(e) => set('unit', e.target.value)} />
      </label>
      <label>
        {t('need.dueDate')}
        <input name="dueDate" type="date" value={form.dueDate} onChange={(e) => set('dueDate', e.target.value)} />
      </label>
      <label className="check">
        <input type="checkbox" checked={form.isRecurring} onChange={(e) => set('isRecurring', e.target.checked)} />
        {t('community.recurring')}
      </label>
      <p className="hint wide">{t('community.publicHint')}</p>
      <div className="wide actions">
        <button type="submit" className="primary" disabled={state.fetching}>
          {state.fetching ? t('common.working') : t('community.report')}
        </button>
      </div>
      <div className="wide">
        <ErrorMessage error={state.error} />
      </div>
    </form>
  );
}
