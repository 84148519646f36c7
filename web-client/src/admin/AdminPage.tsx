import { NavLink, Navigate, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AccountsPage } from './AccountsPage';
import { ApplicationsPage } from './ApplicationsPage';
import { AuditLogPage } from './AuditLogPage';
import { CategoriesPage } from './CategoriesPage';
import { OrganisationsPage } from './OrganisationsPage';
import { RegionImportPage } from './RegionImportPage';

/** The administrators' workspace, one tab per concern. */
export const adminTabs = [
  { path: 'applications', labelKey: 'admin.tabs.applications' },
  { path: 'organisations', labelKey: 'admin.tabs.organisations' },
  { path: 'accounts', labelKey: 'admin.tabs.accounts' },
  { path: 'categories', labelKey: 'admin.tabs.categories' },
  { path: 'regions', labelKey: 'admin.tabs.regions' },
  { path: 'audit', labelKey: 'admin.tabs.audit' },
] as const;

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <div className="page admin-page">
      <h1>{t('admin.title')}</h1>
      <nav className="tabs" aria-label={t('admin.title')}>
        {adminTabs.map((tab) => (
          <NavLink key={tab.path} to={`/admin/${tab.path}`} className={({ isActive }) => (isActive ? 'active' : undefined)}>
            {t(tab.labelKey)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Navigate to="applications" replace />} />
        <Route path="applications" element={<ApplicationsPage embedded />} />
        <Route path="organisations" element={<OrganisationsPage embedded />} />
        <Route path="accounts" element={<AccountsPage embedded />} />
        <Route path="categories" element={<CategoriesPage />} />
        <Route path="regions" element={<RegionImportPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="*" element={<Navigate to="applications" replace />} />
      </Routes>
    </div>
  );
}
