import { act, fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import i18n from '../i18n';
import type { NeedAction } from '../lib/needActions';
import { CaseActions } from './CaseActions';

const caseworkers = {
  caseworkersForNeed: [
    { login: 'worker2.xianqiao', displayName: '王社工', openNeedsHeld: 1 },
    { login: 'worker.xianqiao', displayName: '李社工', openNeedsHeld: 4 },
  ],
};

function renderActions(actions: NeedAction[]) {
  const executeQuery = vi.fn(() => fromValue({ data: caseworkers }));
  const executeMutation = vi.fn(() => fromValue({ data: { reassignClaim: { id: 'n1', status: 'CLAIMED', claimedBy: 'worker2.xianqiao' } } }));
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn() } as unknown as Client;
  render(
    <Provider value={client}>
      <CaseActions needId="n1" claimedBy="worker.xianqiao" actions={new Set(actions)} />
    </Provider>,
  );
  return { executeQuery, executeMutation };
}

describe('CaseActions', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('offers only what the viewer may do, and nothing at all when that is none', () => {
    renderActions(['cancel']);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['作废需求']);
  });

  it('lets an officer hand the need to another social worker of the area, showing how busy each is', async () => {
    const { executeMutation } = renderActions(['reassign', 'cancel']);
    await act(() => fireEvent.click(screen.getByRole('button', { name: '转派' })));

    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['选择社工', '王社工（worker2.xianqiao）· 在办 1 条']);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'worker2.xianqiao' } });
    await act(() => fireEvent.click(screen.getByRole('button', { name: '确认转派' })));

    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: Record<string, unknown> }];
    expect(operation.variables).toMatchObject({ needId: 'n1', toLogin: 'worker2.xianqiao', note: null });
    expect(operation.variables.idempotencyKey).toMatch(/^reassignClaim/);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('asks for a reason before a need is cancelled', async () => {
    const { executeMutation } = renderActions(['cancel']);
    await act(() => fireEvent.click(screen.getByRole('button', { name: '作废需求' })));

    const confirm = screen.getByRole('button', { name: '确认作废' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '与同户另一条需求重复' } });
    expect(confirm.disabled).toBe(false);
    expect(executeMutation).not.toHaveBeenCalled();
  });
});
