import { InteractionRequiredAuthError, PublicClientApplication, type AccountInfo } from '@azure/msal-browser';
import type { AuthConfig } from '../config';

type EntraConfig = Extract<AuthConfig, { mode: 'entra' }>;

/**
 * Entra ID sign-in with MSAL (redirect flow, which also works on phones where pop-ups are blocked).
 * The API matches the token's `oid` to a user account, so the role comes from `me`, not the token.
 */
export class EntraAuth {
  private constructor(
    private readonly msal: PublicClientApplication,
    private readonly config: EntraConfig,
  ) {}

  static async create(config: EntraConfig): Promise<EntraAuth> {
    const msal = new PublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri: config.redirectUri ?? window.location.origin },
      cache: { cacheLocation: 'localStorage' },
    });
    await msal.initialize();
    const redirect = await msal.handleRedirectPromise();
    if (redirect?.account) msal.setActiveAccount(redirect.account);
    else if (!msal.getActiveAccount() && msal.getAllAccounts().length) msal.setActiveAccount(msal.getAllAccounts()[0]);
    return new EntraAuth(msal, config);
  }

  get account(): AccountInfo | null {
    return this.msal.getActiveAccount();
  }

  signIn(): Promise<void> {
    return this.msal.loginRedirect({ scopes: this.config.scopes });
  }

  async token(): Promise<string | null> {
    const account = this.account;
    if (!account) return null;
    try {
      return (await this.msal.acquireTokenSilent({ scopes: this.config.scopes, account })).accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        await this.msal.acquireTokenRedirect({ scopes: this.config.scopes, account });
      }
      throw error;
    }
  }

  signOut(): Promise<void> {
    return this.msal.logoutRedirect({ account: this.account ?? undefined });
  }
}
