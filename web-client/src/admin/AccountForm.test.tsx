import { act, fireEvent, render, screen } from '@testing-library/react';
import { Kind, type DocumentNode } from 'graphql';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import i18n from '../i18n';
import { AccountForm } from './AccountForm';
import type { Manager } from './accountForm';

const officer: Manager = { login: 'officer.xiaoyaojin', role: 'SUBDISTRICT_OFFICER', regionCode: '340103002000', organisationId: null };
const lead: Manager = { login: 'donor.hefei-telecom', role: 'DONOR', regionCode: null, organisationId: 'org-telecom', organisationName: '合肥电信' };

const operationName = (query: DocumentNode) => query.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? d.name?.value : undefined)).find(Boolean);

const answers: Record<string, unknown> = {
  RegionChildren: { regions: [{ code: '340103002001', name: '县桥社区', level: 'COMMUNITY' }, { code: '340103002002', name: '安庆路社区', level: 'COMMUNITY' }] },
  Districts: { regions: [] },
};

function renderForm(manager: Manager) {
  const executeQuery = vi.fn((request: { query: DocumentNode }) => fromValue({ data: answers[operationName(request.query) ?? ''] }));
  const executeMutation = vi.fn((request: { variables: { input: { login: string } } }) =>
    fromValue({ data: { createUserAccount: { login: request.variables.input.login, displayName: 'x', role: 'SOCIAL_WORKER', isActive: true, isLinked: false, leadsOrganisation: false } } }),
  );
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn() } as unknown as Client;
  const onSaved = vi.fn();
  render(
    <Provider value={client}>
      <AccountForm manager={manager} onSaved={onSaved} onCancel={() => undefined} />
    </Provider>,
  );
  return { executeMutation, onSaved };
}

const input = (name: string) => document.querySelector(`[name=${name}]`) as HTMLInputElement | HTMLSelectElement | null;
const options = (name: string) => [...(input(name) as HTMLSelectElement).options].map((o) => o.value);
const sent = (mock: ReturnType<typeof vi.fn>) => (mock.mock.calls[0] as unknown as [{ variables: { input: Record<string, unknown> } }])[0].variables.input;

describe('AccountForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it("offers an officer their social workers and community staff, in their own sub-district's communities", async () => {
    const { executeMutation } = renderForm(officer);
    expect(options('role')).toEqual(['', 'SOCIAL_WORKER', 'COMMUNITY_STAFF']);
    await act(() => fireEvent.change(input('role')!, { target: { value: 'COMMUNITY_STAFF' } }));
    expect(input('area')).toBeNull(); // no picking of other districts
    expect(options('regionCode')).toEqual(['', '340103002001', '340103002002']); // a community, not the whole sub-district

    fireEvent.change(input('login')!, { target: { value: 'Grid.New' } });
    expect((input('login') as HTMLInputElement).value).toBe('grid.new');
    fireEvent.change(input('displayName')!, { target: { value: '新网格员' } });
    await act(() => fireEvent.click(screen.getByRole('button', { name: '创建账号' })));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(document.querySelector('#regionCode-problem')?.textContent).toBe('社区网格员服务一个社区：请选择社区。');

    await act(() => fireEvent.change(input('regionCode')!, { target: { value: '340103002001' } }));
    await act(() => fireEvent.click(screen.getByRole('button', { name: '创建账号' })));
    expect(sent(executeMutation)).toEqual({
      login: 'grid.new',
      displayName: '新网格员',
      email: null,
      role: 'COMMUNITY_STAFF',
      regionCode: '340103002001',
      organisationId: null,
      leadsOrganisation: false,
    });
  });

  it('lets a social worker serve the whole sub-district', async () => {
    renderForm(officer);
    await act(() => fireEvent.change(input('role')!, { target: { value: 'SOCIAL_WORKER' } }));
    expect(options('regionCode')).toEqual(['', '340103002000', '340103002001', '340103002002']);
  });

  it("fixes a lead's role and organisation to their own", async () => {
    const { executeMutation } = renderForm(lead);
    expect((input('role') as HTMLSelectElement).disabled).toBe(true);
    expect((input('role') as HTMLSelectElement).value).toBe('DONOR');
    expect(input('organisationId')).toBeNull();
    expect(input('regionCode')).toBeNull();
    expect(screen.getByText('合肥电信 的工作人员。')).toBeTruthy();
    fireEvent.change(input('login')!, { target: { value: 'donor.telecom-2' } });
    fireEvent.change(input('displayName')!, { target: { value: '钱同事' } });
    fireEvent.click(input('leadsOrganisation')!);
    await act(() => fireEvent.click(screen.getByRole('button', { name: '创建账号' })));
    expect(sent(executeMutation)).toMatchObject({ role: 'DONOR', organisationId: 'org-telecom', regionCode: null, leadsOrganisation: true });
  });
});
