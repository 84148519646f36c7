import type { AdminAuditFilter } from '../gql/graphql';

/** One field an administrative act changed, as the audit log's before/after JSON have it. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * The fields an entry's act changed, before and after, from its two JSON objects (either may be
 * null: a creation has no before). Fields the same on both sides are left out; values are shown as
 * text (JSON for what is not a string).
 */
export function auditChanges(before: string | null | undefined, after: string | null | undefined): AuditChange[] {
  const was = parseObject(before);
  const is = parseObject(after);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  return fields
    .map((field) => ({ field, before: shown(was[field]), after: shown(is[field]) }))
    .filter((c) => c.before !== c.after);
}

function parseObject(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The actions the API records today (Core's c.Audit calls): offered as a filter; any other can be typed. */
export const knownAuditActions = ['organisation.approved', 'organisation.rejected', 'category.created', 'category.updated', 'category.retired'] as const;

export interface AuditFilterForm {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  /** yyyy-MM-dd, the first day included (the browser's time zone). */
  from: string;
  /** yyyy-MM-dd, the last day included. */
  to: string;
}

export const emptyAuditFilter: AuditFilterForm = { actor: '', action: '', subjectType: '', subjectId: '', from: '', to: '' };

/** The filter as the API takes it: empty fields left out, days as instants (the last day up to its end). */
export function auditFilter(form: AuditFilterForm): AdminAuditFilter {
  const filter: AdminAuditFilter = {};
  for (const key of ['actor', 'action', 'subjectType', 'subjectId'] as const) {
    if (form[key].trim()) filter[key] = form[key].trim();
  }
  if (form.from) filter.from = new Date(`${form.from}T00:00:00`).toISOString();
  if (form.to) {
    const end = new Date(`${form.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    filter.to = new Date(end.getTime() - 1).toISOString();
  }
  return filter;
}
