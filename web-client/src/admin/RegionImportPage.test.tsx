import { act, fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import i18n from '../i18n';
import { RegionImportPage } from './RegionImportPage';

const added = [{ index: 0, code: '340103009000', name: '新街道', level: 'SUB_DISTRICT', parentCode: '340103000000', population: null, hasBoundary: true }];
const outside = { index: 1, code: '340103009001', problem: 'OUTSIDE_PARENT', message: 'Its boundary is not within the boundary of its SUB_DISTRICT 340103009000.' };

/** Answers a preview of a text containing "bad" with a problem, anything else cleanly; records what was sent. */
function renderPage() {
  const executeMutation = vi.fn((request: { variables: { geojson: string; dryRun: boolean } }) => {
    const bad = request.variables.geojson.includes('bad');
    const { dryRun } = request.variables;
    return fromValue({
      data: { importRegions: { dryRun, applied: !dryRun && !bad, unchanged: 0, added: bad ? [] : added, changed: [], problems: bad ? [outside] : [] } },
    });
  });
  const executeQuery = vi.fn(() => fromValue({ data: { regions: [] } }));
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn(), query: vi.fn(() => ({ toPromise: () => Promise.resolve() })) } as unknown as Client;
  render(
    <Provider value={client}>
      <RegionImportPage />
    </Provider>,
  );
  return { executeMutation };
}

const text = () => document.querySelector('textarea[name=geojson]') as HTMLTextAreaElement;
const apply = () => screen.getByTestId('apply-import') as HTMLButtonElement;
const preview = () => screen.getByRole('button', { name: '预览' });

describe('RegionImportPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('offers Apply only after a preview without problems of the same text', async () => {
    const { executeMutation } = renderPage();
    expect(apply().disabled).toBe(true);
    fireEvent.change(text(), { target: { value: '{"bad": true}' } });
    expect(apply().disabled).toBe(true);
    expect(screen.getByTestId('apply-blocked').dataset.blocker).toBe('noPreview');

    await act(() => fireEvent.click(preview()));
    expect(apply().disabled).toBe(true);
    const row = document.querySelector('[data-testid=import-problems] tbody tr') as HTMLTableRowElement;
    expect([...row.cells].map((c) => c.textContent)).toEqual(['1', '340103009001', '超出上级边界 OUTSIDE_PARENT', outside.message]);

    fireEvent.change(text(), { target: { value: '{"good": true}' } });
    expect(screen.queryByTestId('import-problems')).toBeNull(); // the preview was of another text
    expect(screen.getByTestId('apply-blocked').dataset.blocker).toBe('changedSincePreview');
    await act(() => fireEvent.click(preview()));
    expect(apply().disabled).toBe(false);
    expect(screen.getByTestId('import-summary').textContent).toBe('将新增 1 个，修改 0 个，未变 0 个；问题 0 个。');

    fireEvent.change(text(), { target: { value: '{"good": true} ' } });
    expect(apply().disabled).toBe(true);
    fireEvent.change(text(), { target: { value: '{"good": true}' } });
    expect(apply().disabled).toBe(false);

    await act(() => fireEvent.click(apply()));
    expect(executeMutation.mock.calls.map((c) => (c as unknown as [{ variables: { dryRun: boolean } }])[0].variables.dryRun)).toEqual([true, true, false]);
    expect(screen.getByTestId('import-applied').textContent).toContain('导入完成：新增 1 个，修改 0 个，未变 0 个。');
  });
});
