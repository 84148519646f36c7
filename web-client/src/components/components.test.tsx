import { act, fireEvent, render, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import i18n from '../i18n';
import { ErrorMessage } from './ErrorMessage';
import { LanguageSwitch } from './LanguageSwitch';
import { ProgressBar } from './ProgressBar';

const capacity = new CombinedError({
  graphQLErrors: [new GraphQLError('The resource has no capacity left for this.', { extensions: { code: 'CAPACITY_EXCEEDED' } })],
});

describe('ErrorMessage', () => {
  it('says what went wrong in Chinese by default, with the API message as a detail', () => {
    render(<ErrorMessage error={capacity} />);
    expect(screen.getByRole('alert').textContent).toContain('这项资源的剩余数量不足');
    expect(screen.getByText('The resource has no capacity left for this.')).toBeTruthy();
  });

  it('says it in English after the switch', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(<ErrorMessage error={capacity} />);
    expect(screen.getByRole('alert').textContent).toContain('The resource does not have that much left');
  });

  it("shows a suspended organisation's refusal with the API's words in full: they carry the office's reason", () => {
    const message = 'Your organisation is suspended (资质年检逾期); it can offer and accept nothing until the sub-district office verifies it again.';
    render(<ErrorMessage error={new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'ORGANISATION_SUSPENDED' } })] })} />);
    expect(screen.getByRole('alert').textContent).toContain('贵组织已被暂停');
    expect(screen.getByTestId('server-message').textContent).toBe(message);
    expect(screen.getByRole('alert').querySelector('details')).toBeNull();
  });

  it('renders nothing without an error', () => {
    const { container } = render(<ErrorMessage error={undefined} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('LanguageSwitch', () => {
  it('switches between Chinese and English and marks the page language', () => {
    render(<LanguageSwitch />);
    const button = screen.getByTestId('language-switch');
    expect(button.textContent).toBe('English');
    act(() => fireEvent.click(button));
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('marketplace.language')).toBe('en');
    expect(screen.getByTestId('language-switch').textContent).toBe('中文');
  });
});

describe('ProgressBar', () => {
  it('tells its figures to screen readers and in words', () => {
    render(<ProgressBar value={3} max={12} label="已提交" />);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe('12');
    expect(screen.getByText('已提交 3 / 12 (25%)')).toBeTruthy();
  });
});
