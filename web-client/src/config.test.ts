import { parseConfig } from './config';

describe('parseConfig', () => {
  it('is local mode without tiles by default', () => {
    expect(parseConfig(null)).toEqual({ auth: { mode: 'local' }, tiles: null });
    expect(parseConfig({ tiles: { url: '' } })).toEqual({ auth: { mode: 'local' }, tiles: null });
  });

  it('reads Entra ID settings, with the API scope derived from the client id when not given', () => {
    const config = parseConfig({ auth: { mode: 'entra', clientId: 'abc', authority: 'https://login.microsoftonline.com/tenant' } });
    expect(config.auth).toEqual({ mode: 'entra', clientId: 'abc', authority: 'https://login.microsoftonline.com/tenant', scopes: ['api://abc/.default'], redirectUri: undefined });
  });

  it('refuses Entra ID mode without a client id', () => {
    expect(() => parseConfig({ auth: { mode: 'entra', authority: 'x' } })).toThrow(/clientId/);
  });

  it('keeps a tile URL when one is configured', () => {
    expect(parseConfig({ tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png' } }).tiles).toEqual({ url: 'https://tiles.example/{z}/{x}/{y}.png' });
  });
});
