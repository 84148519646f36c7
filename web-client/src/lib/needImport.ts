/**
 * A needs list from a spreadsheet (CSV or XLSX), checked row by row before anything is sent:
 * each row is one need, with either an existing household's id or the household's file, which
 * rows with the same head of household and address share.
 */
import type { AssistanceStatus, HouseholdInput, ReportNeedInput, RiskLevel, Urgency } from '../gql/graphql';

export type ImportField =
  | 'householdId' | 'headName' | 'phone' | 'idNumber' | 'address' | 'memberCount' | 'riskLevel' | 'assistance'
  | 'latitude' | 'longitude' | 'communityCode' | 'category' | 'summary' | 'details' | 'urgency' | 'quantity' | 'unit' | 'dueDate';

/** Column headings accepted for each field, in Chinese and in English (compared without case or spaces). */
export const headerAliases: Record<ImportField, string[]> = {
  householdId: ['householdid', '户编号', '家庭编号'],
  headName: ['headname', 'head', '户主', '户主姓名', '姓名'],
  phone: ['phone', '电话', '联系电话'],
  idNumber: ['idnumber', '身份证号', '身份证号码'],
  address: ['address', '地址', '住址'],
  memberCount: ['membercount', 'members', '家庭人数', '人数'],
  riskLevel: ['risklevel', 'risk', '困境等级', '风险等级'],
  assistance: ['assistance', 'assistancestatuses', '救助类别'],
  latitude: ['latitude', 'lat', '纬度'],
  longitude: ['longitude', 'lon', 'lng', '经度'],
  communityCode: ['communitycode', 'community', '社区代码', '社区编码'],
  category: ['category', 'categorycode', '需求类别', '类别'],
  summary: ['summary', 'publicsummary', '需求摘要', '需求', '摘要'],
  details: ['details', 'privatedescription', '需求详情', '详情'],
  urgency: ['urgency', '紧急程度'],
  quantity: ['quantity', '数量'],
  unit: ['unit', '单位'],
  dueDate: ['duedate', 'due', '期限', '截止日期'],
};

/** The template offered for download: Chinese headings, one example row. */
export const templateHeaders = ['户主姓名', '联系电话', '地址', '家庭人数', '困境等级', '救助类别', '需求类别', '需求摘要', '需求详情', '紧急程度', '数量', '单位', '期限'];
export const templateExample = ['张桂兰', '13800000000', '县桥社区3栋2单元101', '1', '高', '孤老', '助餐', '独居老人需要送餐', '右腿骨折，行动不便', '紧急', '30', '份', ''];

const urgencyWords: Record<string, Urgency> = {
  critical: 'CRITICAL', 特急: 'CRITICAL', 非常紧急: 'CRITICAL',
  high: 'HIGH', 紧急: 'HIGH', 急: 'HIGH',
  normal: 'NORMAL', 一般: 'NORMAL', 普通: 'NORMAL',
  low: 'LOW', 不急: 'LOW', 低: 'LOW',
};
const riskWords: Record<string, RiskLevel> = { high: 'HIGH', 高: 'HIGH', medium: 'MEDIUM', 中: 'MEDIUM', low: 'LOW', 低: 'LOW' };
const assistanceWords: Record<string, AssistanceStatus> = {
  minimum_living_allowance: 'MINIMUM_LIVING_ALLOWANCE', 低保: 'MINIMUM_LIVING_ALLOWANCE',
  marginal: 'MARGINAL', 低边: 'MARGINAL',
  extreme_hardship: 'EXTREME_HARDSHIP', 特困: 'EXTREME_HARDSHIP',
  disability: 'DISABILITY', 残疾: 'DISABILITY',
  elderly_alone: 'ELDERLY_ALONE', 孤老: 'ELDERLY_ALONE',
  children_in_difficulty: 'CHILDREN_IN_DIFFICULTY', 困境儿童: 'CHILDREN_IN_DIFFICULTY',
};

export interface ImportContext {
  categories: Array<{ code: string; name: string; nameEn: string }>;
  /** The importer's community: the default for rows without a community code. */
  communityCode: string | null;
  /** Its centroid, for households given without a point. */
  centroid: { latitude: number; longitude: number } | null;
}

export interface RowProblem {
  field: ImportField;
  /** A translation key under import.problem.*. */
  problem: string;
}

export interface ImportRow {
  /** The spreadsheet's line number (the heading is line 1). */
  line: number;
  household: { id: string } | { key: string; input: HouseholdInput };
  need: Omit<ReportNeedInput, 'householdId'>;
  problems: RowProblem[];
}

const squash = (s: string) => s.replace(/[\s_\-()（）*]/g, '').toLowerCase();

/** Which field each heading of the file means; unknown headings are ignored. */
export function mapHeaders(headers: string[]): Map<string, ImportField> {
  const mapping = new Map<string, ImportField>();
  for (const header of headers) {
    const wanted = squash(header);
    const field = (Object.keys(headerAliases) as ImportField[]).find((f) => headerAliases[f].some((a) => squash(a) === wanted));
    if (field && ![...mapping.values()].includes(field)) mapping.set(header, field);
  }
  return mapping;
}

/** The fields the file cannot do without, whatever its rows hold. */
export function missingColumns(mapping: Map<string, ImportField>): ImportField[] {
  const fields = new Set(mapping.values());
  const required: ImportField[] = ['category', 'summary'];
  if (!fields.has('householdId')) required.push('headName', 'address', 'memberCount');
  return required.filter((f) => !fields.has(f));
}

export function parseRows(records: Array<Record<string, unknown>>, context: ImportContext): ImportRow[] {
  const mapping = mapHeaders(records.length ? Object.keys(records[0]) : []);
  return records
    .map((record, index) => ({ record, line: index + 2 }))
    .filter(({ record }) => Object.values(record).some((v) => text(v) !== ''))
    .map(({ record, line }) => {
      const values: Partial<Record<ImportField, string>> = {};
      for (const [header, field] of mapping) values[field] = text(record[header]);
      return parseRow(values, line, context);
    });
}

function parseRow(v: Partial<Record<ImportField, string>>, line: number, context: ImportContext): ImportRow {
  const problems: RowProblem[] = [];
  const flag = (field: ImportField, problem: string) => problems.push({ field, problem });

  const category = findCategory(v.category ?? '', context.categories);
  if (!v.category) flag('category', 'required');
  else if (!category) flag('category', 'unknownCategory');
  if (!v.summary) flag('summary', 'required');
  else if (v.summary.length > 200) flag('summary', 'tooLong');

  const urgency = v.urgency ? lookup(urgencyWords, v.urgency) : 'NORMAL';
  if (!urgency) flag('urgency', 'unknownUrgency');

  const quantity = v.quantity ? toInteger(v.quantity) : null;
  if (v.quantity && (quantity === null || quantity < 1)) flag('quantity', 'positiveWholeNumber');

  const dueDate = v.dueDate ? toIsoDate(v.dueDate) : null;
  if (v.dueDate && !dueDate) flag('dueDate', 'badDate');

  const need: ImportRow['need'] = {
    categoryCode: category?.code ?? '',
    publicSummary: v.summary ?? '',
    privateDescription: v.details || null,
    urgency: urgency ?? 'NORMAL',
    quantity,
    unit: v.unit || null,
    dueDate,
    isRecurring: false,
  };

  if (v.householdId) return { line, household: { id: v.householdId }, need, problems };

  if (!v.headName) flag('headName', 'required');
  if (!v.address) flag('address', 'required');
  const memberCount = v.memberCount ? toInteger(v.memberCount) : null;
  if (!v.memberCount) flag('memberCount', 'required');
  else if (memberCount === null || memberCount < 1) flag('memberCount', 'positiveWholeNumber');
  const riskLevel = v.riskLevel ? lookup(riskWords, v.riskLevel) : 'MEDIUM';
  if (!riskLevel) flag('riskLevel', 'unknownRisk');
  const assistance = (v.assistance ?? '').split(/[、,，;；/]/).map((s) => s.trim()).filter(Boolean);
  const statuses = assistance.map((a) => lookup(assistanceWords, a));
  if (statuses.some((s) => !s)) flag('assistance', 'unknownAssistance');

  const communityCode = v.communityCode || context.communityCode;
  if (!communityCode) flag('communityCode', 'required');
  else if (!/^\d{12}$/.test(communityCode)) flag('communityCode', 'badCommunityCode');

  let latitude = v.latitude ? Number(v.latitude) : null;
  let longitude = v.longitude ? Number(v.longitude) : null;
  if ((latitude === null) !== (longitude === null)) flag(latitude === null ? 'latitude' : 'longitude', 'bothCoordinates');
  else if (latitude !== null && longitude !== null) {
    if (!(Math.abs(latitude) <= 90)) flag('latitude', 'badLatitude');
    if (!(Math.abs(longitude) <= 180)) flag('longitude', 'badLongitude');
  } else if (communityCode === context.communityCode && context.centroid) {
    // Without a point, the household is placed at its community's centre (distances are then approximate).
    ({ latitude, longitude } = context.centroid);
  } else {
    flag('latitude', 'pointNeeded');
  }

  const input: HouseholdInput = {
    headName: v.headName ?? '',
    phone: v.phone || null,
    idNumber: v.idNumber || null,
    address: v.address ?? '',
    memberCount: memberCount ?? 0,
    riskLevel: riskLevel ?? 'MEDIUM',
    assistanceStatuses: statuses.filter((s): s is AssistanceStatus => !!s),
    labels: [],
    communityCode: communityCode ?? '',
    latitude: latitude ?? 0,
    longitude: longitude ?? 0,
  };
  return { line, household: { key: householdKey(input), input }, need, problems };
}

/** Rows of one household (same head, same address, same community) register it once. */
export function householdKey(input: Pick<HouseholdInput, 'headName' | 'address' | 'communityCode'>): string {
  return [input.communityCode, squash(input.headName), squash(input.address)].join('|');
}

/** A word of the file in a table of accepted words (both sides compared without case, spaces or underscores). */
function lookup<T>(table: Record<string, T>, value: string): T | undefined {
  const wanted = squash(value);
  return Object.entries(table).find(([word]) => squash(word) === wanted)?.[1];
}

function findCategory(value: string, categories: ImportContext['categories']) {
  const wanted = squash(value);
  return categories.find((c) => squash(c.code) === wanted || squash(c.name) === wanted || squash(c.nameEn) === wanted);
}

function text(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function toInteger(value: string): number | null {
  return /^\d+$/.test(value) ? Number(value) : null;
}

/** yyyy-MM-dd, yyyy/M/d, yyyy.M.d, or an Excel serial day number. */
export function toIsoDate(value: string): string | null {
  const serial = /^\d{5}$/.test(value) ? Number(value) : null;
  if (serial !== null) return new Date(Date.UTC(1899, 11, 30 + serial)).toISOString().slice(0, 10);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
