namespace Marketplace.Api.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) =>
        services.AddQueryFields(AccountQueries.AddAccountQueries);
}
