import { runImport, type ImportApi } from './runImport';
import { parseRows } from '../lib/needImport';
import { parseCsv } from './readSpreadsheet';

const context = { categories: [{ code: 'MEAL_DELIVERY', name: '助餐', nameEn: 'Meal delivery' }], communityCode: '340103002001', centroid: { latitude: 31.86, longitude: 117.29 } };
const rows = parseRows(parseCsv(['户主姓名,地址,家庭人数,需求类别,需求摘要', '张桂兰,3栋101,1,助餐,a', '张桂兰,3栋101,1,助餐,b', '李明,5栋2,2,助餐,c'].join('\n')), context);

function fakeApi(fail: { household?: string; needSummary?: string } = {}) {
  const calls: Array<{ op: string; key: string; name?: string; householdId?: string }> = [];
  const api: ImportApi = {
    async registerHousehold(input, key) {
      calls.push({ op: 'household', key, name: input.headName });
      return input.headName === fail.household ? { error: new Error('refused') } : { id: `h-${input.headName}` };
    },
    async reportNeed(input, key) {
      calls.push({ op: 'need', key, householdId: input.householdId });
      return input.publicSummary === fail.needSummary ? { error: new Error('refused') } : { id: `n-${input.publicSummary}` };
    },
  };
  return { api, calls };
}

describe('runImport', () => {
  it('registers each household once and reports every need against it', async () => {
    const { api, calls } = fakeApi();
    const progress: number[] = [];
    const outcomes = await runImport(rows, 'digest', api, (_, done) => progress.push(done));
    expect(calls.filter((c) => c.op === 'household').map((c) => c.name)).toEqual(['张桂兰', '李明']);
    expect(calls.filter((c) => c.op === 'need').map((c) => c.householdId)).toEqual(['h-张桂兰', 'h-张桂兰', 'h-李明']);
    expect(outcomes.map((o) => o.needId)).toEqual(['n-a', 'n-b', 'n-c']);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('uses the same keys when the same file is imported again, and others for another file', async () => {
    const first = fakeApi();
    const again = fakeApi();
    const other = fakeApi();
    await runImport(rows, 'digest', first.api, () => undefined);
    await runImport(rows, 'digest', again.api, () => undefined);
    await runImport(rows, 'another', other.api, () => undefined);
    expect(again.calls.map((c) => c.key)).toEqual(first.calls.map((c) => c.key));
    expect(new Set(first.calls.map((c) => c.key)).size).toBe(first.calls.length);
    expect(other.calls.map((c) => c.key).filter((k) => first.calls.some((c) => c.key === k))).toEqual([]);
    expect(first.calls.every((c) => c.key.length <= 100)).toBe(true);
  });

  it('records a failure on its row and goes on with the others', async () => {
    const { api } = fakeApi({ household: '张桂兰', needSummary: 'c' });
    const outcomes = await runImport(rows, 'digest', api, () => undefined);
    expect(outcomes.map((o) => [o.line, !!o.needId, o.error?.message])).toEqual([
      [2, false, 'refused'],
      [3, false, 'refused'],
      [4, false, 'refused'],
    ]);
  });

  it('stops when asked', async () => {
    const { api, calls } = fakeApi();
    const abort = new AbortController();
    const outcomes = await runImport(rows, 'digest', api, () => abort.abort(), abort.signal);
    expect(outcomes).toHaveLength(1);
    expect(calls.filter((c) => c.op === 'need')).toHaveLength(1);
  });
});
