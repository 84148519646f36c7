import { householdKey, mapHeaders, missingColumns, parseRows, toIsoDate, type ImportContext } from './needImport';
import { parseCsv } from '../community/readSpreadsheet';

const context: ImportContext = {
  categories: [
    { code: 'MEAL_DELIVERY', name: '助餐', nameEn: 'Meal delivery' },
    { code: 'HOME_REPAIR', name: '居家维修', nameEn: 'Home repair' },
  ],
  communityCode: '340103002001',
  centroid: { latitude: 31.8655, longitude: 117.288 },
};

const csv = (lines: string[]) => parseRows(parseCsv(lines.join('\n')), context);

describe('mapHeaders', () => {
  it('knows the Chinese and English headings, whatever their case and spacing', () => {
    const mapping = mapHeaders(['户主姓名', 'Address', 'member count', '需求类别', 'Public Summary', '其他']);
    expect(Object.fromEntries(mapping)).toEqual({
      户主姓名: 'headName',
      Address: 'address',
      'member count': 'memberCount',
      需求类别: 'category',
      'Public Summary': 'summary',
    });
  });

  it('says which required columns are missing', () => {
    expect(missingColumns(mapHeaders(['需求类别', '需求摘要']))).toEqual(['headName', 'address', 'memberCount']);
    expect(missingColumns(mapHeaders(['householdId', 'category', 'summary']))).toEqual([]);
  });
});

describe('parseRows', () => {
  it('reads a good row into a household file and a need', () => {
    const [row] = csv(['户主姓名,地址,家庭人数,困境等级,救助类别,需求类别,需求摘要,紧急程度,数量,单位,期限', '张桂兰,3栋101,1,高,孤老、低保,助餐,独居老人需要送餐,紧急,30,份,2026/12/1']);
    expect(row.problems).toEqual([]);
    expect(row.line).toBe(2);
    expect(row.need).toMatchObject({ categoryCode: 'MEAL_DELIVERY', publicSummary: '独居老人需要送餐', urgency: 'HIGH', quantity: 30, unit: '份', dueDate: '2026-12-01' });
    expect('input' in row.household && row.household.input).toMatchObject({
      headName: '张桂兰',
      memberCount: 1,
      riskLevel: 'HIGH',
      assistanceStatuses: ['ELDERLY_ALONE', 'MINIMUM_LIVING_ALLOWANCE'],
      communityCode: '340103002001',
      latitude: 31.8655,
      longitude: 117.288,
    });
  });

  it('takes categories by code, Chinese or English name, and English words for urgency and risk', () => {
    const rows = csv(['headName,address,members,category,summary,urgency,risk', 'A,x,2,home repair,s,critical,low', 'B,y,2,MEAL_DELIVERY,s,,']);
    expect(rows.map((r) => [r.need.categoryCode, r.need.urgency])).toEqual([
      ['HOME_REPAIR', 'CRITICAL'],
      ['MEAL_DELIVERY', 'NORMAL'],
    ]);
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('reports every problem of a row, each with its field', () => {
    const [row] = csv(['户主姓名,地址,家庭人数,需求类别,需求摘要,紧急程度,数量,期限,困境等级', ',3栋101,0,买菜,,马上,-2,2026-02-30,很高']);
    expect(row.problems).toEqual([
      { field: 'category', problem: 'unknownCategory' },
      { field: 'summary', problem: 'required' },
      { field: 'urgency', problem: 'unknownUrgency' },
      { field: 'quantity', problem: 'positiveWholeNumber' },
      { field: 'dueDate', problem: 'badDate' },
      { field: 'headName', problem: 'required' },
      { field: 'memberCount', problem: 'positiveWholeNumber' },
      { field: 'riskLevel', problem: 'unknownRisk' },
    ]);
  });

  it('needs both coordinates, in range, and a point for households of another community', () => {
    const rows = csv([
      'headName,address,members,category,summary,latitude,longitude,communityCode',
      'A,x,1,助餐,s,31.9,,',
      'B,x,1,助餐,s,95,117.3,',
      'C,x,1,助餐,s,,,340103002002',
      'D,x,1,助餐,s,31.87,117.28,340103002002',
    ]);
    expect(rows.map((r) => r.problems)).toEqual([
      [{ field: 'longitude', problem: 'bothCoordinates' }],
      [{ field: 'latitude', problem: 'badLatitude' }],
      [{ field: 'latitude', problem: 'pointNeeded' }],
      [],
    ]);
  });

  it('refers to a household on file by its id alone', () => {
    const [row] = csv(['householdId,category,summary', 'abc-123,助餐,送餐']);
    expect(row.household).toEqual({ id: 'abc-123' });
    expect(row.problems).toEqual([]);
  });

  it('skips blank lines but keeps the spreadsheet line numbers', () => {
    const rows = parseRows(
      [
        { 户主姓名: 'A', 地址: 'x', 家庭人数: '1', 需求类别: '助餐', 需求摘要: 's' },
        { 户主姓名: '', 地址: '', 家庭人数: '', 需求类别: '', 需求摘要: '' },
        { 户主姓名: 'B', 地址: 'y', 家庭人数: '1', 需求类别: '助餐', 需求摘要: 's' },
      ],
      context,
    );
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('gives rows of one household the same key', () => {
    const rows = csv(['户主姓名,地址,家庭人数,需求类别,需求摘要', '张桂兰,3栋 101,1,助餐,a', ' 张桂兰 ,3栋101,1,居家维修,b', '李明,3栋101,1,助餐,c']);
    const keys = rows.map((r) => ('key' in r.household ? r.household.key : null));
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(householdKey({ headName: '张桂兰', address: '3栋101', communityCode: '1' })).not.toBe(householdKey({ headName: '张桂兰', address: '3栋101', communityCode: '2' }));
  });
});

describe('toIsoDate', () => {
  it('reads the usual ways of writing a date', () => {
    expect(toIsoDate('2026-12-31')).toBe('2026-12-31');
    expect(toIsoDate('2026/1/5')).toBe('2026-01-05');
    expect(toIsoDate('2026年1月5日')).toBe('2026-01-05');
    expect(toIsoDate('46022')).toBe('2025-12-31'); // Excel's day number
  });

  it('refuses dates that do not exist and other text', () => {
    expect(toIsoDate('2026-02-30')).toBeNull();
    expect(toIsoDate('next week')).toBeNull();
  });
});
