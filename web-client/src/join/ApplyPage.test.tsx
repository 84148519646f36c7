import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { CombinedError, Provider, type Client } from 'urql';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { fromValue, makeSubject } from 'wonka';
import i18n from '../i18n';
import { ApplyPage } from './ApplyPage';

// Leaflet is not for jsdom: the map is a stand-in; the community's centre places the point.
vi.mock('../map/MapView', () => ({ MapView: () => <div data-testid="map" /> }));

const regions: Record<string, Array<{ code: string; name: string; level: string }>> = {
  '': [{ code: '340103000000', name: '庐阳区', level: 'DISTRICT' }],
  '340103000000': [{ code: '340103002000', name: '逍遥津街道', level: 'SUB_DISTRICT' }],
  '340103002000': [{ code: '340103002001', name: '县桥社区', level: 'COMMUNITY' }],
};
const community = { code: '340103002001', name: '县桥社区', level: 'COMMUNITY', centroid: { coordinates: [117.288, 31.8655] }, boundary: null };
const categories = [{ code: 'ELDERLY_CARE', name: '养老服务', nameEn: 'Elderly care', parentCode: null }];

const nameOf = (query: DocumentNode) => (query.definitions[0] as OperationDefinitionNode).name?.value;

function renderPage(mutationResult: () => ReturnType<typeof fromValue>) {
  const executeQuery = vi.fn((op: { query: DocumentNode; variables: Record<string, string | null> }) => {
    switch (nameOf(op.query)) {
      case 'RegionChildren':
        return fromValue({ data: { regions: regions[op.variables.parentCode ?? ''] ?? [] } });
      case 'Community':
        return fromValue({ data: { region: community } });
      default:
        return fromValue({ data: { categories } });
    }
  });
  const executeMutation = vi.fn(mutationResult);
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn() } as unknown as Client;
  render(
    <MemoryRouter>
      <Provider value={client}>
        <ApplyPage />
      </Provider>
    </MemoryRouter>,
  );
  return { executeMutation };
}

function fill(creditCode: string) {
  const type = (name: string, value: string) => fireEvent.change(document.querySelector(`[name=${name}]`)!, { target: { value } });
  type('name', '县桥爱心餐厅');
  type('creditCode', creditCode);
  type('district', '340103000000');
  type('subDistrict', '340103002000');
  type('regionCode', '340103002001');
  type('address', '县桥社区 8 号');
  type('contactName', '周经理');
  type('contactPhone', '0551-62000000');
  fireEvent.click(screen.getByRole('checkbox', { name: '养老服务' }));
}

const variablesOf = (call: unknown[]) => (call[0] as { variables: { idempotencyKey: string; input: { creditCode: string } } }).variables;

describe('ApplyPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('sends nothing while the credit code does not check, and says what is wrong with it', async () => {
    const { executeMutation } = renderPage(() => fromValue({ data: null }));
    fill('91350100M000100Y44');
    await act(() => fireEvent.click(screen.getByRole('button', { name: '提交申请' })));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(document.getElementById('creditCode-problem')?.textContent).toBe('统一社会信用代码校验不通过：按前 17 位，最后一位（校验码）应为“3”。请检查是否有输错的字符。');
    expect(document.querySelector('[name=creditCode]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends a double submission with one idempotency key, and shows the reference to keep', async () => {
    const answer = makeSubject<{ data: unknown }>();
    const { executeMutation } = renderPage(() => answer.source);
    fill('91350100m000100y43');
    const form = screen.getByRole('form', { name: '申请入驻' });
    await act(() => fireEvent.submit(form));
    await act(() => fireEvent.submit(form));
    // Both went out (as from a double click before the button is disabled), as one action.
    expect(executeMutation).toHaveBeenCalledTimes(2);
    const keys = new Set(executeMutation.mock.calls.map((c) => variablesOf(c).idempotencyKey));
    expect(keys.size).toBe(1);
    expect(variablesOf(executeMutation.mock.calls[0]).input).toMatchObject({ creditCode: '91350100M000100Y43', latitude: 31.8655, longitude: 117.288, categoryCodes: ['ELDERLY_CARE'] });

    await act(() => answer.next({ data: { applyForOrganisation: { id: 'a1', reference: 'OA2345ABCD', name: '县桥爱心餐厅', status: 'PENDING', submittedAt: '2026-12-06T05:00:00Z' } } }));
    expect(screen.getByTestId('application-reference').textContent).toBe('OA2345ABCD');
    expect(screen.getByRole('link', { name: '查询进度' }).getAttribute('href')).toBe('/join/status?reference=OA2345ABCD');
  });

  it("puts the API's refusals beside the fields they are about", async () => {
    const refused = new CombinedError({
      graphQLErrors: [
        new GraphQLError('An application with this unified social credit code is waiting for a decision.', { extensions: { code: 'CONFLICT' } }),
        new GraphQLError("'340103002001' is not a community.", { extensions: { code: 'VALIDATION', field: 'regionCode' } }),
      ],
    });
    renderPage(() => fromValue({ error: refused }));
    fill('91350100M000100Y43');
    await act(() => fireEvent.click(screen.getByRole('button', { name: '提交申请' })));
    expect(document.getElementById('creditCode-problem')?.textContent).toContain('使用该代码的申请正在审核中');
    expect(document.getElementById('creditCode-problem')?.textContent).toContain('waiting for a decision');
    expect(document.getElementById('regionCode-problem')?.textContent).toContain('服务器未接受此项');
    // Changing the field takes its refusal away.
    fireEvent.change(document.querySelector('[name=creditCode]')!, { target: { value: '914403001922038216' } });
    expect(document.getElementById('creditCode-problem')).toBeNull();
  });
});
