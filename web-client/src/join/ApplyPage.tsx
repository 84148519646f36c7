import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Problems } from '../components/ErrorMessage';
import { FieldProblem } from '../components/FieldProblem';
import { categoryName, useCategories } from '../graphql/categories';
import { placeProblems, problemsOf } from '../graphql/errors';
import { ApplyForOrganisationMutation } from '../graphql/onboarding';
import { CommunityQuery } from '../graphql/regions';
import { useAction } from '../graphql/useAction';
import type { OrganisationKind } from '../gql/graphql';
import { regionFeatures } from '../map/geo';
import { MapView, type PickedPoint } from '../map/MapView';
import { CommunityPicker } from './CommunityPicker';
import { applicationFields, applicationInput, checkApplication, emptyApplication, type ApplicationField, type ApplicationForm } from './applicationForm';

const kinds: OrganisationKind[] = ['ENTERPRISE', 'SOCIAL_ORGANISATION'];

/**
 * An enterprise or social organisation applies to join, without an account: who it is, its
 * unified social credit code (checked here as the API checks it), its community and place on the
 * map, a contact and what it can offer. The answer is a reference to keep.
 */
export function ApplyPage() {
  const { t, i18n } = useTranslation();
  const { list: categories } = useCategories();
  const [form, setForm] = useState<ApplicationForm>(emptyApplication);
  const [point, setPoint] = useState<PickedPoint | null>(null);
  // Problems show once the person has tried to send, or has left the field (the credit code).
  const [shown, setShown] = useState<Set<ApplicationField> | 'all'>(new Set());
  const [edited, setEdited] = useState<Set<string>>(new Set());
  const [state, apply] = useAction(ApplyForOrganisationMutation, 'applyForOrganisation');
  const formRef = useRef<HTMLFormElement>(null);

  const [community] = useQuery({ query: CommunityQuery, variables: { code: form.regionCode }, pause: !form.regionCode, requestPolicy: 'cache-first' });
  const area = community.data?.region;
  const features = useMemo(() => regionFeatures(area ? [area] : []), [area]);
  // A community chosen: the point starts at its centre, to be moved to the organisation's door.
  const centre = area?.centroid.coordinates;
  useEffect(() => {
    if (centre) setPoint({ longitude: centre[0], latitude: centre[1] });
  }, [centre]);

  const checks = checkApplication(form, point);
  const server = placeProblems(problemsOf(state.error), applicationFields, {
    aliases: { latitude: 'location', longitude: 'location' },
    byCode: { CONFLICT: 'creditCode' },
  });
  const visible = (field: ApplicationField) => shown === 'all' || shown.has(field);
  const checkOf = (field: ApplicationField) => (visible(field) ? checks[field] : undefined);
  const serverOf = (field: ApplicationField) => (edited.has(field) ? undefined : server.byField[field]);
  const invalid = (field: ApplicationField) => !!(checkOf(field) ?? serverOf(field));
  const describe = (field: ApplicationField) => (invalid(field) ? `${field}-problem` : undefined);

  const set = <K extends keyof ApplicationForm>(key: K, value: ApplicationForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setEdited((e) => new Set(e).add(key));
  };
  const toggleCategory = (code: string) =>
    set('categoryCodes', form.categoryCodes.includes(code) ? form.categoryCodes.filter((c) => c !== code) : [...form.categoryCodes, code]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setShown('all');
    const first = applicationFields.find((f) => checks[f]);
    if (first || !point) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setEdited(new Set());
    // One idempotency key per submission (useAction): a double click or a retry after a lost answer makes one application.
    await apply({ input: applicationInput(form, point) });
  }

  const done = state.data?.applyForOrganisation;
  if (done) return <Submitted reference={done.reference} name={done.name} />;

  return (
    <div className="page join-page">
      <h1>{t('join.title')}</h1>
      <p className="hint">{t('join.lead')}</p>
      <form ref={formRef} className="card grid-form" noValidate aria-label={t('join.title')} onSubmit={(e) => void submit(e)}>
        <label className="wide">
          {t('join.name')}
          <input name="name" maxLength={200} value={form.name} aria-invalid={invalid('name')} aria-describedby={describe('name')} onChange={(e) => set('name', e.target.value)} />
          <FieldProblem name="name" check={checkOf('name')} problem={serverOf('name')} />
        </label>
        <label>
          {t('join.kind')}
          <select name="kind" value={form.kind} onChange={(e) => set('kind', e.target.value as OrganisationKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`enums.OrganisationKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('join.creditCode')}
          <input
            name="creditCode"
            autoComplete="off"
            spellCheck={false}
            maxLength={24}
            placeholder="91340100MA2XXXXXXX"
            value={form.creditCode}
            aria-invalid={invalid('creditCode')}
            aria-describedby={describe('creditCode') ?? 'creditCode-hint'}
            onChange={(e) => set('creditCode', e.target.value)}
            onBlur={() => form.creditCode && setShown((s) => (s === 'all' ? s : new Set(s).add('creditCode')))}
          />
          <small className="hint" id="creditCode-hint">
            {t('join.creditCodeHint')}
          </small>
          <FieldProblem
            name="creditCode"
            check={checkOf('creditCode') ?? (serverOf('creditCode')?.code === 'CONFLICT' ? { key: 'join.problem.creditCodeTaken' } : undefined)}
            problem={serverOf('creditCode')}
          />
        </label>
        <div className="wide">
          <CommunityPicker value={form.regionCode} onChange={(code) => set('regionCode', code)} invalid={invalid('regionCode')} describedBy={describe('regionCode')} />
          <FieldProblem name="regionCode" check={checkOf('regionCode')} problem={serverOf('regionCode')} />
        </div>
        <div className="wide">
          <p className="hint">{t('join.pickHint')}</p>
          <MapView
            label={t('join.mapLabel')}
            className="small"
            features={features}
            fitKey={form.regionCode || undefined}
            style={() => ({ color: '#9aa5b1', weight: 1, fillColor: '#e4e7eb', fillOpacity: 0.3 })}
            tooltip={(f) => f.properties?.name ?? null}
            pick={{ point, radiusMeters: features.length ? undefined : 1500, onPick: (p) => (setPoint(p), setEdited((e) => new Set(e).add('location'))) }}
          />
          {point && (
            <p className="hint" data-testid="picked-point">
              {t('join.pickedAt', { latitude: point.latitude.toFixed(5), longitude: point.longitude.toFixed(5) })}
            </p>
          )}
          <FieldProblem name="location" check={checkOf('location')} problem={serverOf('location')} />
        </div>
        <label className="wide">
          {t('join.address')}
          <input name="address" maxLength={300} value={form.address} aria-invalid={invalid('address')} aria-describedby={describe('address')} onChange={(e) => set('address', e.target.value)} />
          <FieldProblem name="address" check={checkOf('address')} problem={serverOf('address')} />
        </label>
        <label>
          {t('join.contactName')}
          <input name="contactName" maxLength={100} value={form.contactName} aria-invalid={invalid('contactName')} aria-describedby={describe('contactName')} onChange={(e) => set('contactName', e.target.value)} />
          <FieldProblem name="contactName" check={checkOf('contactName')} problem={serverOf('contactName')} />
        </label>
        <label>
          {t('join.contactPhone')}
          <input
            name="contactPhone"
            type="tel"
            maxLength={32}
            value={form.contactPhone}
            aria-invalid={invalid('contactPhone')}
            aria-describedby={describe('contactPhone')}
            onChange={(e) => set('contactPhone', e.target.value)}
          />
          <FieldProblem name="contactPhone" check={checkOf('contactPhone')} problem={serverOf('contactPhone')} />
        </label>
        <fieldset className="checks wide" aria-describedby={describe('categoryCodes')}>
          <legend>{t('join.categories')}</legend>
          {categories.map((c) => (
            <label key={c.code} className="check">
              <input type="checkbox" name="categoryCodes" value={c.code} checked={form.categoryCodes.includes(c.code)} onChange={() => toggleCategory(c.code)} />
              {categoryName(c, i18n.language)}
            </label>
          ))}
          <FieldProblem name="categoryCodes" problem={serverOf('categoryCodes')} />
        </fieldset>
        <label className="wide">
          {t('join.description')}
          <textarea name="description" rows={3} maxLength={2000} value={form.description} onChange={(e) => set('description', e.target.value)} />
          <FieldProblem name="description" check={checkOf('description')} problem={serverOf('description')} />
        </label>
        <div className="wide actions">
          <button type="submit" className="primary" disabled={state.fetching}>
            {state.fetching ? t('common.working') : t('join.submit')}
          </button>
          <Link to="/join/status" className="button-link">
            {t('join.checkStatus')}
          </Link>
        </div>
        <div className="wide">
          <Problems problems={server.rest} />
        </div>
      </form>
    </div>
  );
}

/** Sent: the reference, prominently, to keep; with it the outcome can be read here without an account. */
function Submitted({ reference, name }: { reference: string; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="page join-page">
      <section className="card submitted" role="status" aria-labelledby="submitted-title">
        <h1 id="submitted-title">{t('join.submittedTitle')}</h1>
        <p>{t('join.submittedLead', { name })}</p>
        <p className="reference-label">{t('join.yourReference')}</p>
        <p className="reference" data-testid="application-reference">
          {reference}
        </p>
        <p className="hint">{t('join.keepReference')}</p>
        <div className="actions">
          <Link to={`/join/status?reference=${encodeURIComponent(reference)}`} className="button-link primary">
            {t('join.checkStatus')}
          </Link>
          <Link to="/signin" className="button-link">
            {t('join.backToSignIn')}
          </Link>
        </div>
      </section>
    </div>
  );
}
