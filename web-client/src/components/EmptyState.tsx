import type { ReactNode } from 'react';

/** Nothing to show: say so, and what to do next. */
export function EmptyState({ title, hint, action }: { title: string; hint: string; action?: ReactNode }) {
  return (
    <div className="empty" data-testid="empty-state">
      <strong>{title}</strong>
      <p>{hint}</p>
      {action}
    </div>
  );
}
