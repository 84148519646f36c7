import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import en from './en.json';
import zhCN from './zh-CN.json';
import { errorCodes } from '../graphql/errors';

type Tree = { [key: string]: string | Tree };
const plural = /_(zero|one|two|few|many|other)$/;

function keys(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`.replace(plural, ''), v);
    else for (const [kk, vv] of keys(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const zhKeys = keys(zhCN as Tree);
const enKeys = keys(en as Tree);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.test.tsx') ? [path] : [];
  });
}

describe('translations', () => {
  it('has the same keys in Chinese and English', () => {
    expect([...zhKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('has no empty text', () => {
    expect([...zhKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect([...enKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('has every key the code asks for with a literal t(...)', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !zhKeys.has(k))).toEqual([]);
    expect([...used].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('names every value of the schema enums the pages show', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../../schema/marketplace.graphql'), 'utf8'));
    const shown = ['NeedStatus', 'Urgency', 'MatchStatus', 'RiskLevel', 'AssistanceStatus', 'MemberRelation', 'Sex', 'SchoolStage', 'DisabilityType', 'EmploymentStatus', 'DuplicateReason', 'HousingCondition', 'NeedEventKind', 'ResourceStatus', 'ResourceKind', 'RegionLevel', 'RegionImportProblemCode'];
    const missing: string[] = [];
    for (const name of shown) {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
      for (const value of type.getValues()) {
        for (const [lang, table] of [['zh-CN', zhKeys], ['en', enKeys]] as const) {
          if (!table.has(`enums.${name}.${value.name}`)) missing.push(`${lang} enums.${name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a sentence for every error code in both languages', () => {
    for (const code of errorCodes) {
      expect(zhKeys.get(`errors.${code}`), code).toMatch(/[\u4e00-\u9fff]/);
      expect(enKeys.get(`errors.${code}`), code).toMatch(/^[\x20-\x7e’…]+$/);
    }
  });

  it('writes the Chinese texts in Chinese', () => {
    // Names of products and codes are the same in both; everything else should differ.
    const untranslated = [...zhKeys].filter(([k, v]) => v === enKeys.get(k) && !/[\u4e00-\u9fff]/.test(v) && !/^[{}\d\s/%.()]*$|GraphiQL|^\{\{.*\}\}$/.test(v));
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });
});
