import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/AuthContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { CategoryOptions } from '../components/CategoryOptions';
import { useCategories } from '../graphql/categories';
import type { ResourceInput, ResourceKind } from '../gql/graphql';
import { AreaShapesQuery } from '../graphql/regions';
import { OrganisationPlaceQuery, PostResourceMutation, ResourceDetailQuery, UpdateResourceMutation } from '../graphql/resources';
import { useAction } from '../graphql/useAction';
import { formatDistance } from '../lib/format';
import { regionFeatures } from '../map/geo';
import { MapView, type PickedPoint } from '../map/MapView';

const kinds: ResourceKind[] = ['GOODS', 'SERVICE', 'VOLUNTEER_TIME', 'FUNDS', 'JOB'];

interface Form {
  title: string;
  kind: ResourceKind;
  categoryCode: string;
  quantity: number;
  unit: string;
  description: string;
  availableFrom: string;
  availableUntil: string;
  serviceRadiusMeters: number;
}

const emptyForm: Form = {
  title: '',
  kind: 'GOODS',
  categoryCode: '',
  quantity: 1,
  unit: '',
  description: '',
  availableFrom: '',
  availableUntil: '',
  serviceRadiusMeters: 3000,
};

/** Post a resource, or edit one: what, how many, until when, and where it reaches (picked on the map). */
export function ResourceEditPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const { list: categories } = useCategories();
  const [form, setForm] = useState<Form>(emptyForm);
  const [point, setPoint] = useState<PickedPoint | null>(null);
  const [existing] = useQuery({ query: ResourceDetailQuery, variables: { id: id ?? '' }, pause: !id });
  const [organisation] = useQuery({
    query: OrganisationPlaceQuery,
    variables: { organisationId: session.organisationId ?? '' },
    pause: !session.organisationId,
  });
  const regionCode = organisation.data?.organisation?.regionCode;
  const [shapes] = useQuery({ query: AreaShapesQuery, variables: { code: regionCode ?? '' }, pause: !regionCode, requestPolicy: 'cache-first' });
  const features = useMemo(() => regionFeatures(shapes.data?.region ? [shapes.data.region] : []), [shapes.data]);
  const [posting, post] = useAction(PostResourceMutation, 'postResource');
  const [updating, update] = useAction(UpdateResourceMutation, 'updateResource');

  const resource = existing.data?.resource;
  useEffect(() => {
    if (!resource) return;
    setForm({
      title: resource.title,
      kind: resource.kind,
      categoryCode: resource.categoryCode,
      quantity: resource.quantity,
      unit: resource.unit,
      description: resource.description ?? '',
      availableFrom: resource.availableFrom ?? '',
      availableUntil: resource.availableUntil ?? '',
      serviceRadiusMeters: resource.serviceRadiusMeters,
    });
    setPoint({ longitude: resource.location.coordinates[0], latitude: resource.location.coordinates[1] });
  }, [resource]);
  // A new resource starts at the organisation's own address.
  const home = organisation.data?.organisation?.location.coordinates;
  useEffect(() => {
    if (home && !id) setPoint((p) => p ?? { longitude: home[0], latitude: home[1] });
  }, [home, id]);

  if (id && existing.fetching && !resource) return <Loading />;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const busy = posting.fetching || updating.fetching;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!point) return;
    const input: ResourceInput = {
      title: form.title.trim(),
      kind: form.kind,
      categoryCode: form.categoryCode,
      quantity: form.quantity,
      unit: form.unit.trim(),
      description: form.description.trim() || null,
      availableFrom: form.availableFrom || null,
      availableUntil: form.availableUntil || null,
      serviceRadiusMeters: form.serviceRadiusMeters,
      latitude: point.latitude,
      longitude: point.longitude,
    };
    const result = id ? await update({ resourceId: id, input }) : await post({ input });
    const savedId = id ?? (result.data && 'postResource' in result.data ? result.data.postResource.id : null);
    if (!result.error && savedId) navigate(`/org/resources/${savedId}`);
  }

  return (
    <div className="page">
      <Link to={id ? `/org/resources/${id}` : '/org'} className="back">
        ← {t('common.cancel')}
      </Link>
      <h1>{id ? t('org.editTitle') : t('org.postTitle')}</h1>
      <form className="card grid-form" onSubmit={(e) => void submit(e)} aria-label={id ? t('org.editTitle') : t('org.postTitle')}>
        <label className="wide">
          {t('org.fieldTitle')}
          <input name="title" required maxLength={200} value={form.title} onChange={(e) => set('title', e.target.value)} placeholder={t('org.titlePlaceholder')} />
        </label>
        <label>
          {t('org.fieldKind')}
          <select name="kind" value={form.kind} onChange={(e) => set('kind', e.target.value as ResourceKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`enums.ResourceKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('org.fieldCategory')}
          <select name="categoryCode" required value={form.categoryCode} onChange={(e) => set('categoryCode', e.target.value)}>
            <option value="">{t('org.chooseCategory')}</option>
            <CategoryOptions categories={categories} />
          </select>
        </label>
        <label>
          {t('org.fieldQuantity')}
          <input name="quantity" type="number" min={1} required value={form.quantity} onChange={(e) => set('quantity', Number(e.target.value))} />
        </label>
        <label>
          {t('org.fieldUnit')}
          <input name="unit" required maxLength={20} value={form.unit} onChange={(e) => set('unit', e.target.value)} placeholder={t('org.unitPlaceholder')} />
        </label>
        <label>
          {t('org.fieldFrom')}
          <input name="availableFrom" type="date" value={form.availableFrom} onChange={(e) => set('availableFrom', e.target.value)} />
        </label>
        <label>
          {t('org.fieldUntil')}
          <input name="availableUntil" type="date" value={form.availableUntil} onChange={(e) => set('availableUntil', e.target.value)} />
        </label>
        <label className="wide">
          {t('org.fieldDescription')}
          <textarea name="description" rows={3} value={form.description} onChange={(e) => set('description', e.target.value)} />
        </label>
        <div className="wide">
          <label>
            {t('org.fieldRadius', { distance: formatDistance(form.serviceRadiusMeters, i18n.language) })}
            <input
              name="serviceRadiusMeters"
              type="range"
              min={500}
              max={20000}
              step={500}
              value={form.serviceRadiusMeters}
              onChange={(e) => set('serviceRadiusMeters', Number(e.target.value))}
            />
          </label>
          <p className="hint">{t('org.pickHint')}</p>
          <MapView
            label={t('org.pickMapLabel')}
            className="small"
            features={features}
            fitKey={regionCode ?? undefined}
            style={() => ({ color: '#9aa5b1', weight: 1, fillColor: '#e4e7eb', fillOpacity: 0.3 })}
            tooltip={(f) => f.properties?.name ?? null}
            pick={{ point, radiusMeters: form.serviceRadiusMeters, onPick: setPoint }}
          />
          {point && (
            <p className="hint" data-testid="picked-point">
              {t('org.pickedAt', { latitude: point.latitude.toFixed(5), longitude: point.longitude.toFixed(5) })}
            </p>
          )}
        </div>
        <div className="wide actions">
          <button type="submit" className="primary" disabled={busy || !point}>
            {busy ? t('common.working') : id ? t('common.save') : t('org.publish')}
          </button>
        </div>
        <div className="wide">
          <ErrorMessage error={posting.error ?? updating.error ?? existing.error} />
        </div>
      </form>
    </div>
  );
}
