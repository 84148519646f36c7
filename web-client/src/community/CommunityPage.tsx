import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { EmptyState } from '../components/EmptyState';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { HouseholdFileQuery, RecentHouseholdsQuery } from '../graphql/households';
import { CommunityQuery } from '../graphql/regions';
import { HouseholdForm } from './HouseholdForm';
import { ReportNeedForm } from './ReportNeedForm';

interface Chosen {
  id: string;
  headName?: string | null;
}

/** A household known through one of its needs, which is how its file is read. */
interface Known extends Chosen {
  needId: string;
}

/** Community staff: open a household's file, then report its needs (or a need of a known household). */
export function CommunityPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ data, fetching, error }] = useQuery({ query: CommunityQuery, variables: { code: session.regionCode ?? '' }, pause: !session.regionCode });
  const [household, setHousehold] = useState<Chosen | null>(null);
  const [registering, setRegistering] = useState(false);
  const [editing, setEditing] = useState<Known | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [reported, setReported] = useState<Array<{ id: string; publicSummary: string }>>([]);
  const community = data?.region;

  if (fetching && !data) return <Loading />;
  if (!community || community.level !== 'COMMUNITY') {
    return (
      <div className="page">
        <ErrorMessage error={error} />
        <EmptyState title={t('community.notCommunityTitle')} hint={t('community.notCommunityHint')} action={<Link to="/community/import">{t('nav.import')}</Link>} />
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page-title">
        <h1>{t('community.title')}</h1>
        <span className="count">{community.name}</span>
        <Link to="/community/import">{t('community.importInstead')}</Link>
      </div>
      {saved && (
        <p className="success" role="status">
          {t('community.fileSaved', { name: saved })}
        </p>
      )}
      {editing && (
        <section className="card">
          <h2>{t('community.editTitle')}</h2>
          <HouseholdEditor
            community={community}
            known={editing}
            onSaved={(h) => {
              setEditing(null);
              setSaved(h.headName ?? '');
            }}
          />
          <div className="actions">
            <button type="button" className="link-button" onClick={() => setEditing(null)}>
              {t('community.cancelEdit')}
            </button>
          </div>
        </section>
      )}
      {!household && !registering && !editing && (
        <section className="card">
          <h2>{t('community.whichHousehold')}</h2>
          <div className="actions">
            <button type="button" className="primary" data-testid="new-household" onClick={() => setRegistering(true)}>
              {t('community.newHousehold')}
            </button>
          </div>
          <KnownHouseholds
            communityCode={community.code}
            onChoose={setHousehold}
            onEdit={(h) => {
              setSaved(null);
              setEditing(h);
            }}
          />
        </section>
      )}
      {registering && !household && (
        <section className="card">
          <h2>{t('community.registerTitle')}</h2>
          <HouseholdForm
            community={community}
            onSaved={(h) => {
              setRegistering(false);
              setHousehold(h);
            }}
          />
        </section>
      )}
      {household && (
        <section className="card">
          <h2>{t('community.reportFor', { name: household.headName ?? '' })}</h2>
          <ReportNeedForm householdId={household.id} onReported={(need) => setReported((r) => [need, ...r])} />
          <div className="actions">
            <button type="button" className="link-button" onClick={() => setHousehold(null)}>
              {t('community.otherHousehold')}
            </button>
          </div>
        </section>
      )}
      {reported.length > 0 && (
        <section className="card" data-testid="reported-needs">
          <h2>{t('community.reportedTitle')}</h2>
          <ul>
            {reported.map((n) => (
              <li key={n.id}>
                <Link to={`/needs/${n.id}`}>{n.publicSummary}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Households behind recent needs; shown on request, since each name shown is a recorded read. */
function KnownHouseholds({ communityCode, onChoose, onEdit }: { communityCode: string; onChoose(h: Chosen): void; onEdit(h: Known): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [{ data, error }] = useQuery({ query: RecentHouseholdsQuery, variables: { code: communityCode }, pause: !open });
  const households = [
    ...new Map(
      (data?.needs.nodes ?? []).flatMap((n) => (n.household ? [[n.household.id, { ...n.household, needId: n.id }] as const] : [])),
    ).values(),
  ];
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('community.knownHousehold')}
      </button>
    );
  }
  return (
    <div>
      <ErrorMessage error={error} />
      {data && !households.length && <p className="hint">{t('community.noKnownHouseholds')}</p>}
      <ul className="cards">
        {households.map((h) => (
          <li key={h.id} className="card">
            <button type="button" className="link-button" onClick={() => onChoose(h)}>
              {h.headName}
            </button>{' '}
            <span className="hint">{h.address}</span>{' '}
            <button type="button" className="small" onClick={() => onEdit(h)}>
              {t('community.editFile')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Reads the household's whole file (a recorded read), then offers it for correction. */
function HouseholdEditor({ community, known, onSaved }: { community: Parameters<typeof HouseholdForm>[0]['community']; known: Known; onSaved(h: Chosen): void }) {
  const [{ data, fetching, error }] = useQuery({ query: HouseholdFileQuery, variables: { needId: known.needId }, requestPolicy: 'network-only' });
  const file = data?.need?.household;
  if (fetching && !data) return <Loading />;
  if (!file) return <ErrorMessage error={error} />;
  return <HouseholdForm key={file.id} community={community} existing={file} onSaved={onSaved} />;
}
