import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { AdminAuditLogQuery } from '../graphql/audit';
import { formatDateTime } from '../lib/format';
import { auditChanges, auditFilter, emptyAuditFilter, knownAuditActions, type AuditFilterForm } from './auditLog';

const sizes = [50, 200];

/** The administrative audit log (admins): every decision with who, when, on what, and the fields before and after; newest first. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<AuditFilterForm>(emptyAuditFilter);
  const [applied, setApplied] = useState<AuditFilterForm>(emptyAuditFilter);
  const [first, setFirst] = useState(50);
  const [{ data, fetching, error }] = useQuery({ query: AdminAuditLogQuery, variables: { filter: auditFilter(applied), first }, requestPolicy: 'cache-and-network' });
  const entries = data?.adminAuditLog ?? [];
  const set = (key: keyof AuditFilterForm, value: string) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <div className="page">
      <h2>{t('audit.title')}</h2>
      <p className="hint">{t('audit.hint')}</p>
      <form
        className="filters"
        aria-label={t('audit.filter')}
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(form);
        }}
      >
        <label>
          {t('audit.actor')}
          <input name="actor" value={form.actor} onChange={(e) => set('actor', e.target.value)} />
        </label>
        <label>
          {t('audit.action')}
          <input name="action" list="audit-actions" value={form.action} onChange={(e) => set('action', e.target.value)} />
          <datalist id="audit-actions">
            {knownAuditActions.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        <label>
          {t('audit.subjectType')}
          <input name="subjectType" value={form.subjectType} onChange={(e) => set('subjectType', e.target.value)} placeholder="OrganisationApplication" />
        </label>
        <label>
          {t('audit.subjectId')}
          <input name="subjectId" value={form.subjectId} onChange={(e) => set('subjectId', e.target.value)} />
        </label>
        <label>
          {t('audit.from')}
          <input name="from" type="date" value={form.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t('audit.to')}
          <input name="to" type="date" value={form.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          {t('audit.first')}
          <select name="first" value={first} onChange={(e) => setFirst(Number(e.target.value))}>
            {sizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            onClick={() => {
              setForm(emptyAuditFilter);
              setApplied(emptyAuditFilter);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {fetching && !data && <Loading />}
      {data && !entries.length && <EmptyState title={t('audit.emptyTitle')} hint={t('audit.emptyHint')} />}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table data-testid="audit-log">
            <thead>
              <tr>
                <th>{t('audit.at')}</th>
                <th>{t('audit.actor')}</th>
                <th>{t('audit.action')}</th>
                <th>{t('audit.subject')}</th>
                <th>{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-action={entry.action}>
                  <td>{formatDateTime(entry.at, i18n.language)}</td>
                  <td>{entry.actor}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.subjectType}
                    <br />
                    <small>{entry.subjectId}</small>
                  </td>
                  <td>
                    <ul className="changes">
                      {auditChanges(entry.before, entry.after).map((c) => (
                        <li key={c.field}>
                          {c.field}: {c.before !== null && <del>{c.before}</del>} {c.before !== null && '→ '}
                          <ins>{c.after ?? '—'}</ins>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
