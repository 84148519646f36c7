import { act, fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import i18n from '../i18n';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { ApplicationCard } from './ApplicationCard';
import { staffLoginProblem } from './decisions';

const application: ApplicationFieldsFragment = {
  id: 'a1',
  reference: 'OA2345ABCD',
  name: '县桥爱心餐厅',
  kind: 'ENTERPRISE',
  status: 'PENDING',
  creditCode: '91350100M000100Y43',
  address: '县桥社区 8 号',
  contactName: '周经理',
  contactPhone: '0551-62000000',
  categoryCodes: ['ELDERLY_CARE'],
  description: '为行动不便的老人送餐上门。',
  submittedAt: '2026-12-06T05:00:00Z',
  decidedAt: null,
  rejectionReason: null,
  staffLogin: null,
  regionCode: '340103002001',
  region: { code: '340103002001', name: '县桥社区', parent: { name: '逍遥津街道' } },
};

function renderCard() {
  const executeQuery = vi.fn(() => fromValue({ data: { categories: [{ code: 'ELDERLY_CARE', name: '养老服务', nameEn: 'Elderly care', parentCode: null }] } }));
  const decided = { ...application, status: 'APPROVED', staffLogin: 'staff.canteen' };
  const executeMutation = vi.fn(() => fromValue({ data: { approveOrganisation: decided, rejectOrganisation: decided } }));
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn() } as unknown as Client;
  const onDecided = vi.fn();
  render(
    <Provider value={client}>
      <ul>
        <ApplicationCard application={application} onDecided={onDecided} />
      </ul>
    </Provider>,
  );
  return { executeMutation, onDecided };
}

const variables = (mock: ReturnType<typeof vi.fn>) => (mock.mock.calls[0] as unknown as [{ variables: Record<string, unknown> }])[0].variables;

describe('ApplicationCard', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('shows what the applicant said of itself, its categories by name', () => {
    renderCard();
    expect(screen.getByTestId('credit-code').textContent).toBe('91350100M000100Y43');
    expect(screen.getByText('养老服务')).toBeTruthy();
    expect(screen.getByText('周经理 · 0551-62000000')).toBeTruthy();
    expect(screen.getByTestId('application-description').textContent).toBe('为行动不便的老人送餐上门。');
  });

  it('approves with the staff login chosen, refusing one the API would refuse', async () => {
    const { executeMutation, onDecided } = renderCard();
    await act(() => fireEvent.click(screen.getByRole('button', { name: '通过' })));
    const login = screen.getByRole('textbox', { name: /登录名/ });
    expect(login.getAttribute('placeholder')).toBe('staff.oa2345abcd');
    fireEvent.change(login, { target: { value: 'Staff Canteen' } });
    const confirm = screen.getByRole('button', { name: '确认通过' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(login, { target: { value: 'staff.canteen' } });
    await act(() => fireEvent.click(confirm));
    expect(variables(executeMutation)).toMatchObject({ applicationId: 'a1', staffLogin: 'staff.canteen' });
    expect(variables(executeMutation).idempotencyKey).toMatch(/^approveOrganisation:/);
    expect(onDecided).toHaveBeenCalledWith(expect.objectContaining({ status: 'APPROVED', staffLogin: 'staff.canteen' }));
  });

  it('rejects only with a reason', async () => {
    const { executeMutation } = renderCard();
    await act(() => fireEvent.click(screen.getByRole('button', { name: '不通过' })));
    const confirm = screen.getByRole('button', { name: '确认不通过' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '  信用代码与名称不符  ' } });
    await act(() => fireEvent.click(confirm));
    expect(variables(executeMutation)).toMatchObject({ applicationId: 'a1', reason: '信用代码与名称不符' });
  });
});

describe('staffLoginProblem', () => {
  it('lets an empty login through (the API makes staff.<reference>) and checks a typed one as the API does', () => {
    expect(staffLoginProblem('')).toBeNull();
    expect(staffLoginProblem(' staff.e2e-zhl1 ')).toBeNull();
    expect(staffLoginProblem('ab')).toEqual({ key: 'applications.loginProblem' });
    expect(staffLoginProblem('Staff')).not.toBeNull();
  });
});
