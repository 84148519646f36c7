import type { FieldCheck } from '../components/FieldProblem';

export interface AdminCategory {
  code: string;
  name: string;
  nameEn: string;
  parentCode?: string | null;
  retiredAt?: string | null;
  sortOrder?: number;
}

/**
 * The taxonomy as the admin has just left it: the API lists categories from a cache it keeps for a
 * minute, so the answers of this page's own changes are laid over the list (a new category placed
 * after its parent's last child, or at the end) until the list catches up.
 */
export function withEdits(listed: readonly AdminCategory[], edits: ReadonlyMap<string, AdminCategory>): AdminCategory[] {
  const result = listed.map((c) => edits.get(c.code) ?? c);
  for (const [code, category] of edits) {
    if (result.some((c) => c.code === code)) continue;
    const family = result.reduce((last, c, i) => (c.code === category.parentCode || (category.parentCode && c.parentCode === category.parentCode) ? i : last), -1);
    if (family >= 0) result.splice(family + 1, 0, category);
    else result.push(category);
  }
  return result;
}

// As the API checks a new code (Categories/CategoryCommands).
const codePattern = /^[A-Z][A-Z0-9_]{1,39}$/;

export function categoryCodeProblem(code: string): FieldCheck | null {
  return codePattern.test(code) ? null : { key: 'categoriesAdmin.codeProblem' };
}
