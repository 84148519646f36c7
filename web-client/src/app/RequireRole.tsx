import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/AuthContext';
import type { Role } from '../auth/session';
import { homeFor } from './workspaces';

/** A page some roles only may open: others reading its address are told so, and the page never asks the API. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (roles.includes(session.role)) return <>{children}</>;
  return (
    <div className="page">
      <div className="error" role="alert" data-testid="route-refused">
        {t('errors.notForYourRole')}
      </div>
      <p>
        <Link to={homeFor(session.role)}>{t('errors.backHome')}</Link>
      </p>
    </div>
  );
}
