using Marketplace.Core.Accounts;

namespace Marketplace.Api.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) => services
        .AddSingleton<AccountCommands>().AddSingleton<UserAccountDirectory>()
        .AddQueryFields(AccountQueries.AddAccountQueries).AddQueryFields(AccountFields.AddAccountListing)
        .AddMutationFields(AccountFields.AddAccountMutations);
}
