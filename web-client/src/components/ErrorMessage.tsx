import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { messageShown, problemsOf, type Problem } from '../graphql/errors';

/** An API refusal in the reader's language; the server's words stay available as a detail. */
export function ErrorMessage({ error }: { error: CombinedError | Error | null | undefined }) {
  return <Problems problems={problemsOf(error)} />;
}

/** Refusals already read from an error (e.g. those a form could not place beside a field). */
export function Problems({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  return (
    <div className="error" role="alert">
      {problems.map((p) => (
        // A <div>, not a <p>: a <details> inside a paragraph is invalid HTML.
        <div className="problem" key={`${p.code}:${p.field ?? ''}`}>
          {t(p.messageKey)}
          {p.field && <> ({t('errors.field', { field: p.field })})</>}
          {p.detail && messageShown.has(p.code) && (
            <p className="server-message" lang="en" data-testid="server-message">
              {p.detail}
            </p>
          )}
          {p.detail && !messageShown.has(p.code) && (
            <details>
              <summary>{t('errors.detail')}</summary>
              <span lang="en">{p.detail}</span>
            </details>
          )}
        </div>
      ))}
    </div>
  );
}
