import { useTranslation } from 'react-i18next';
import type { Problem } from '../graphql/errors';

export interface FieldCheck {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * What is wrong with one field, shown beneath it: a check made in the browser (a translation key),
 * or the API's refusal placed there (a sentence of the caller's choosing or a general one, the API's words as detail).
 * Its id is `${name}-problem`, for the field's aria-describedby.
 */
export function FieldProblem({ name, check, problem }: { name: string; check?: FieldCheck; problem?: Problem }) {
  const { t } = useTranslation();
  if (!check && !problem) return null;
  return (
    <div className="field-problem" id={`${name}-problem`} data-field={name}>
      {check ? t(check.key, check.values) : t('fieldProblem.refused')}
      {problem?.detail && (
        <details>
          <summary>{t('errors.detail')}</summary>
          <span lang="en">{problem.detail}</span>
        </details>
      )}
    </div>
  );
}
