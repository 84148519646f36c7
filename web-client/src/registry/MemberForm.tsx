import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Problems } from '../components/ErrorMessage';
import { problemsOf } from '../graphql/errors';
import { birthDateOf, idNumberProblem, sexOf } from '../lib/idNumber';
import { LabelPicker } from './LabelPicker';

export interface MemberValues {
  name: string;
  relation: string;
  sex: string;
  birthDate: string;
  idNumber: string;
  disabilityType: string;
  disabilityGrade: string;
  chronicIllness: string;
  employmentStatus: string;
  schoolStage: string;
  inFinalYear: boolean;
  livesAlone: boolean;
  labels: string[];
}

export const newMember: MemberValues = {
  name: '', relation: 'CHILD', sex: 'MALE', birthDate: '', idNumber: '', disabilityType: '', disabilityGrade: '',
  chronicIllness: '', employmentStatus: '', schoolStage: '', inFinalYear: false, livesAlone: false, labels: [],
};

const relations = ['HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER'];
const disabilities = ['VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'];
const employment = ['EMPLOYED', 'FLEXIBLY_EMPLOYED', 'UNEMPLOYED', 'UNABLE_TO_WORK', 'RETIRED', 'NOT_OF_WORKING_AGE'];
const stages = ['PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'HIGHER'];

/** The API's input for the form: empty boxes left out, the ID number upper-cased. */
export function toMemberInput(v: MemberValues) {
  const id = v.idNumber.trim().toUpperCase();
  return {
    name: v.name.trim(),
    relation: v.relation as never,
    sex: v.sex as never,
    birthDate: v.birthDate || (id ? birthDateOf(id) : null) || null,
    idNumber: id || null,
    disabilityType: (v.disabilityType || null) as never,
    disabilityGrade: v.disabilityType && v.disabilityGrade ? Number(v.disabilityGrade) : null,
    chronicIllness: v.chronicIllness.trim() || null,
    employmentStatus: (v.employmentStatus || null) as never,
    schoolStage: (v.schoolStage || null) as never,
    inFinalYear: !!v.schoolStage && v.inFinalYear,
    livesAlone: v.livesAlone,
    labels: v.labels,
  };
}

/** DUPLICATE_PERSON names the community whose file holds the person (extensions communityName/communityCode). */
export function duplicateCommunity(error: CombinedError | undefined): string | null {
  const e = error?.graphQLErrors.find((g) => g.extensions?.code === 'DUPLICATE_PERSON');
  if (!e) return null;
  const name = e.extensions?.communityName ?? e.extensions?.communityCode;
  return typeof name === 'string' ? name : '';
}

/** A member added or corrected: the ID number checked (GB 11643) as it is typed, the birth date and sex read from it. */
export function MemberForm({ initial, busy, error, onSave, onCancel }: { initial: MemberValues; busy: boolean; error?: CombinedError; onSave(v: MemberValues): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState(initial);
  const [touchedId, setTouchedId] = useState(false);
  const set = <K extends keyof MemberValues>(key: K, value: MemberValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const idProblem = idNumberProblem(v.idNumber);
  const duplicateIn = duplicateCommunity(error);
  const select = (key: 'relation' | 'sex' | 'disabilityType' | 'employmentStatus' | 'schoolStage', values: string[], enumName: string, optional: boolean) => (
    <label>
      {t(`member.${key}`)}
      <select name={key} value={v[key]} onChange={(e) => set(key, e.target.value)}>
        {optional && <option value="">{t('member.none')}</option>}
        {values.map((x) => (
          <option key={x} value={x}>
            {t(`enums.${enumName}.${x}`)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="card member-form"
      aria-label={t('member.formTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        setTouchedId(true);
        if (!idProblem && v.name.trim()) onSave(v);
      }}
    >
      <div className="filters">
        <label>
          {t('member.name')}
          <input name="name" required value={v.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        {select('relation', relations, 'MemberRelation', false)}
        <label>
          {t('member.idNumber')}
          <input
            name="idNumber"
            value={v.idNumber}
            maxLength={18}
            autoComplete="off"
            aria-invalid={touchedId && !!idProblem}
            aria-describedby="id-problem"
            onBlur={() => setTouchedId(true)}
            onChange={(e) => {
              const id = e.target.value.toUpperCase();
              setV((old) => ({ ...old, idNumber: id, ...(idNumberProblem(id) === null && id ? { birthDate: birthDateOf(id) ?? old.birthDate, sex: sexOf(id) ?? old.sex } : {}) }));
            }}
          />
        </label>
        {select('sex', ['MALE', 'FEMALE'], 'Sex', false)}
        <label>
          {t('member.birthDate')}
          <input type="date" name="birthDate" value={v.birthDate} onChange={(e) => set('birthDate', e.target.value)} />
        </label>
      </div>
      {touchedId && idProblem && (
        <p className="error" role="alert" id="id-problem" data-testid="id-problem">
          {t(`member.idProblem.${idProblem}`)}
        </p>
      )}
      <div className="filters">
        {select('disabilityType', disabilities, 'DisabilityType', true)}
        {v.disabilityType && (
          <label>
            {t('member.disabilityGrade')}
            <select name="disabilityGrade" value={v.disabilityGrade} onChange={(e) => set('disabilityGrade', e.target.value)}>
              <option value="">{t('member.none')}</option>
              {[1, 2, 3, 4].map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('member.chronicIllness')}
          <input name="chronicIllness" value={v.chronicIllness} onChange={(e) => set('chronicIllness', e.target.value)} />
        </label>
        {select('employmentStatus', employment, 'EmploymentStatus', true)}
        {select('schoolStage', stages, 'SchoolStage', true)}
        {v.schoolStage && (
          <label className="check">
            <input type="checkbox" name="inFinalYear" checked={v.inFinalYear} onChange={(e) => set('inFinalYear', e.target.checked)} />
            {t('member.inFinalYear')}
          </label>
        )}
        <label className="check">
          <input type="checkbox" name="livesAlone" checked={v.livesAlone} onChange={(e) => set('livesAlone', e.target.checked)} />
          {t('member.livesAlone')}
        </label>
      </div>
      <LabelPicker value={v.labels} onChange={(codes) => set('labels', codes)} scope="PERSON" />
      {duplicateIn !== null ? (
        <p className="error" role="alert" data-testid="duplicate-person">
          {t('member.duplicateIn', { community: duplicateIn || t('member.anotherCommunity') })}
        </p>
      ) : (
        <Problems problems={problemsOf(error)} />
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('member.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('member.cancel')}
        </button>
      </div>
    </form>
  );
}
