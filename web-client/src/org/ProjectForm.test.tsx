import { act, fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import i18n from '../i18n';
import { ProjectForm, projectInput } from './ProjectForm';

const categories = {
  categories: [
    { code: 'ELDERLY_CARE', name: '养老服务', nameEn: 'Elderly care', parentCode: null },
    { code: 'HAIRCUT', name: '理发', nameEn: 'Haircut', parentCode: 'PERSONAL_CARE' },
  ],
};
const regions = [{ code: '340103000000', name: '庐阳区', children: [{ code: '340103002000', name: '逍遥津街道' }] }];

function renderForm() {
  const executeQuery = vi.fn(() => fromValue({ data: categories }));
  const executeMutation = vi.fn(() => fromValue({ data: { createCharityProject: { id: 'p1' } } }));
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn() } as unknown as Client;
  const onDone = vi.fn();
  render(
    <Provider value={client}>
      <ProjectForm regions={regions} onDone={onDone} />
    </Provider>,
  );
  return { executeMutation, onDone };
}

describe('ProjectForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('starts a project with the categories and regions ticked, empty optional fields sent as none', async () => {
    const { executeMutation, onDone } = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: '项目名称' }), { target: { value: '  银龄上门理发  ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /理发/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: '逍遥津街道' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '可服务户数' }), { target: { value: '30' } });

    await act(() => fireEvent.click(screen.getByRole('button', { name: '创建项目' })));

    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: Record<string, unknown> } }];
    expect(operation.variables.input).toMatchObject({
      name: '银龄上门理发',
      description: null,
      categoryCodes: ['HAIRCUT'],
      targetRegionCodes: ['340103002000'],
      capacityHouseholds: 30,
      endsOn: null,
      fundedBy: null,
    });
    expect(onDone).toHaveBeenCalled();
  });

  it('sends an end date as given and trims the texts', () => {
    expect(projectInput({ name: 'x', categoryCodes: [], targetRegionCodes: [], capacityHouseholds: 1, startsOn: '2026-11-23', endsOn: '2026-12-31', fundedBy: ' 基金会 ' }))
      .toMatchObject({ endsOn: '2026-12-31', fundedBy: '基金会', description: null });
  });
});
