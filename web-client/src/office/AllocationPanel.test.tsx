import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import i18n from '../i18n';
import { AllocationPanel } from './AllocationPanel';

const need = (id: string, publicSummary: string) => ({ id, publicSummary, urgency: 'HIGH', region: { name: '县桥社区' } });

const plan = {
  planAllocation: {
    needsConsidered: 2,
    needsCovered: 1,
    matches: [
      {
        quantity: 2,
        distanceMeters: 420,
        need: need('n1', '需要米面油'),
        resource: { id: 'r1', title: '爱心粮油', unit: '袋', organisation: { name: '合肥电信' } },
        charityProject: null,
      },
    ],
    uncovered: [{ reasonKind: 'NOTHING_REACHES', need: need('n2', '需要理发') }],
  },
};

/** A client that answers every query with the plan and records the mutations it is sent. */
function fakeClient() {
  const executeQuery = vi.fn(() => fromValue({ data: plan }));
  const executeMutation = vi.fn(() => fromValue({ data: { applyAllocation: [{ id: 'm1', status: 'PROPOSED' }] } }));
  return { client: { executeQuery, executeMutation, executeSubscription: vi.fn() } as unknown as Client, executeQuery, executeMutation };
}

function renderPanel(client: Client) {
  return render(
    <Provider value={client}>
      <MemoryRouter>
        <AllocationPanel regionCode="340104001000" />
      </MemoryRouter>
    </Provider>,
  );
}

describe('AllocationPanel', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('drafts the plan only when asked, then shows what it covers and why the rest is not', async () => {
    const { client, executeQuery } = fakeClient();
    renderPanel(client);
    expect(executeQuery).not.toHaveBeenCalled();

    await act(() => fireEvent.click(screen.getByRole('button', { name: '拟定分配方案' })));

    expect(screen.getByTestId('allocation-summary').textContent).toBe('可覆盖 1 / 2 条需求');
    expect(screen.getByText('爱心粮油')).toBeTruthy();
    expect(screen.getByText('2 袋')).toBeTruthy();
    expect(screen.getByText(/附近没有该类别的可用资源或项目/)).toBeTruthy();
  });

  it("applies the plan's matches as they are, then drafts it again", async () => {
    const { client, executeQuery, executeMutation } = fakeClient();
    renderPanel(client);
    await act(() => fireEvent.click(screen.getByRole('button', { name: '拟定分配方案' })));

    await act(() => fireEvent.click(screen.getByRole('button', { name: '应用方案：提出 1 个匹配' })));

    expect(executeMutation).toHaveBeenCalledTimes(1);
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(operation.variables).toEqual({
      matches: [{ needId: 'n1', resourceId: 'r1', charityProjectId: undefined, quantity: 2 }],
      idempotencyKey: expect.stringMatching(/^applyAllocation/),
    });
    expect(screen.getByRole('status').textContent).toBe('已提出 1 个匹配，等待资源方确认');
    expect(executeQuery.mock.calls.length).toBeGreaterThanOrEqual(2);
  });
});
