import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { listDevUsers, type DevUser } from '../auth/localAuth';
import { roles } from '../auth/session';
import { homeFor } from '../app/workspaces';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Loading } from '../components/Loading';

export function SignInPage() {
  const { t } = useTranslation();
  const { config, session } = useAuth();
  const from = (useLocation().state as { from?: string } | null)?.from;
  if (session) return <Navigate to={from && from !== '/' ? from : homeFor(session.role)} replace />;

  return (
    <div className="signin">
      <header className="signin-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </header>
      <p className="lead">{t('signin.lead')}</p>
      <JoinInvitation />
      {config.auth.mode === 'entra' ? <EntraSignIn /> : <LocalSignIn from={from} />}
    </div>
  );
}

/** Organisations without an account apply to join (no sign-in needed) and read the outcome later. */
function JoinInvitation() {
  const { t } = useTranslation();
  return (
    <section className="card join-card" aria-labelledby="join-title">
      <p>
        <strong id="join-title">{t('signin.joinTitle')}</strong>
        <br />
        <span className="hint">{t('signin.joinHint')}</span>
      </p>
      <Link to="/join" className="button-link primary" data-testid="apply-to-join">
        {t('signin.applyToJoin')}
      </Link>
      <Link to="/join/status" className="button-link">
        {t('signin.checkApplication')}
      </Link>
    </section>
  );
}

function EntraSignIn() {
  const { t } = useTranslation();
  const { signInEntra } = useAuth();
  return (
    <section className="card">
      <h2>{t('signin.entraTitle')}</h2>
      <p>{t('signin.entraHint')}</p>
      <button type="button" className="primary" onClick={() => void signInEntra()}>
        {t('signin.entraButton')}
      </button>
    </section>
  );
}

function LocalSignIn({ from }: { from?: string }) {
  const { t } = useTranslation();
  const { signInLocal } = useAuth();
  const navigate = useNavigate();
  const [users, setUsers] = useState<DevUser[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    listDevUsers()
      .then(setUsers)
      .catch((e: Error) => setFailure(e.message === 'LOCAL_MODE_OFF' ? 'signin.localModeOff' : 'errors.NETWORK'));
  }, []);

  async function signIn(user: DevUser) {
    setBusy(user.login);
    setFailure(null);
    try {
      await signInLocal(user);
      navigate(from && from !== '/' ? from : '/', { replace: true });
    } catch {
      setFailure('errors.NETWORK');
      setBusy(null);
    }
  }

  if (failure) return <p className="error" role="alert">{t(failure)}</p>;
  if (!users) return <Loading />;
  return (
    <section>
      <h2>{t('signin.localTitle')}</h2>
      <p className="hint">{t('signin.localHint')}</p>
      <div className="role-groups">
        {roles.map((role) => {
          const ofRole = users.filter((u) => u.role === role);
          if (!ofRole.length) return null;
          return (
            <section key={role} className="card role-group">
              <h3>{t(`enums.Role.${role}`)}</h3>
              <p className="hint">{t(`signin.roleHint.${role}`)}</p>
              <ul>
                {ofRole.map((user) => (
                  <li key={user.login}>
                    <button type="button" data-login={user.login} disabled={busy !== null} onClick={() => void signIn(user)}>
                      <strong>{user.displayName}</strong>
                      <small>{user.organisationName ?? user.regionName ?? t('signin.everywhere')}</small>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
