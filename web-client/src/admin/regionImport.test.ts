import { applyBlocker, maxRequestBytes, requestBytes, tooLarge, type Preview, type RegionImportResult } from './regionImport';

const clean: RegionImportResult = {
  dryRun: true,
  applied: false,
  unchanged: 0,
  added: [{ index: 0, code: '340103009000', name: '新街道', level: 'SUB_DISTRICT', parentCode: '340103000000', population: null, hasBoundary: true }],
  changed: [],
  problems: [],
};
const text = '{"type":"FeatureCollection","features":[]}';
const preview = (result: Partial<RegionImportResult> = {}, of = text): Preview => ({ text: of, result: { ...clean, ...result } });

describe('applyBlocker: Apply only after a clean preview of the same text', () => {
  it('asks for a preview first', () => {
    expect(applyBlocker('', null)).toBe('empty');
    expect(applyBlocker(text, null)).toBe('noPreview');
  });

  it('offers Apply once a preview of this very text found no problem', () => {
    expect(applyBlocker(text, preview())).toBeNull();
  });

  it('asks again when the text changed after the preview', () => {
    expect(applyBlocker(`${text} `, preview())).toBe('changedSincePreview');
  });

  it('refuses while the preview has problems', () => {
    expect(applyBlocker(text, preview({ problems: [{ index: 1, code: '340103009001', problem: 'OUTSIDE_PARENT', message: 'outside' }] }))).toBe('problems');
  });

  it('has nothing to apply when every region is stored as it is', () => {
    expect(applyBlocker(text, preview({ added: [], unchanged: 2 }))).toBe('nothingToApply');
  });
});

describe('the request body limit', () => {
  it('counts the bytes the text takes inside the request, Chinese and escapes included', () => {
    expect(requestBytes('县桥')).toBe(requestBytes('ab') + 4); // three bytes a character in UTF-8
    expect(requestBytes('"')).toBe(requestBytes('a') + 1); // escaped as \"
  });

  it('refuses a file the API would not read, before it is sent', () => {
    const big = 'x'.repeat(maxRequestBytes);
    expect(tooLarge(big)).toBe(true);
    expect(applyBlocker(big, preview({}, big))).toBe('tooLarge');
    expect(tooLarge('x'.repeat(900_000))).toBe(false);
  });
});
