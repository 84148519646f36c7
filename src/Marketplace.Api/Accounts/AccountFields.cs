using Marketplace.Core.Accounts;
using Marketplace.Core.Common.Paging;

namespace Marketplace.Api.Accounts;

/// <summary>Accounts listed and managed by admins, officers (their sub-district's social workers and community staff) and organisation leads (their staff).</summary>
public static class AccountFields
{
    public static void AddAccountListing(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<UserAccountConnectionType>>("userAccounts")
            .Description("The accounts you manage, by login: all for admins, your sub-district's for officers, your organisation's for its lead.")
            .Argument<UserAccountFilterInputType>("filter")
            .Argument<IntGraphType>("first", $"Page size, 0 to {PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when not given.")
            .Argument<StringGraphType>("after", "The 'endCursor' of the previous page.")
            .ResolveAsync(async ctx => await ctx.Service<UserAccountDirectory>().ListAsync(
                ctx.Viewer(),
                (ctx.GetArgument<UserAccountFilterArguments?>("filter") ?? new UserAccountFilterArguments()).ToFilter(),
                new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")),
                ctx.CancellationToken));

    public static void AddAccountMutations(this ObjectGraphType mutation)
    {
        mutation.CommandOnKey<UserAccountType, UserAccount>("createUserAccount",
                "A new account, within what you manage: nobody creates an account above their own role or outside their scope. Every act is audited.",
                ctx => ctx.GetArgument<UserAccountArguments>("input").Login.Trim(),
                (ctx, viewer, _, key) => ctx.Service<AccountCommands>().CreateAsync(viewer, ctx.GetArgument<UserAccountArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<UserAccountInputType>>("input");

        Change(mutation, "updateUserAccount", "Changes an account's name, e-mail, role or scope, within what you manage both before and after.",
                (ctx, viewer, login, key) => ctx.Service<AccountCommands>().UpdateAsync(viewer, login, ctx.GetArgument<UserAccountChangesArguments>("input").ToChanges(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<UserAccountChangesInputType>>("input");

        Change(mutation, "deactivateUserAccount", "The account is refused from its next request (at most Authentication:AccountCacheDuration later on other instances). Never your own; never the last admin.",
                (ctx, viewer, login, key) => ctx.Service<AccountCommands>().DeactivateAsync(viewer, login, ctx.GetArgument<string?>("reason"), key, ctx.CancellationToken))
            .Argument<StringGraphType>("reason", "Kept in the audit log.");

        Change(mutation, "reactivateUserAccount", "A deactivated account may sign in again.",
            (ctx, viewer, login, key) => ctx.Service<AccountCommands>().ReactivateAsync(viewer, login, key, ctx.CancellationToken));
    }

    /// <summary>A change of an existing account: this instance forgets what it kept of it, so the change applies to its next request here.</summary>
    private static global::GraphQL.Builders.FieldBuilder<object?, object> Change(
        ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Viewer, string, string?, Task> run) =>
        mutation.CommandOnKey<UserAccountType, UserAccount>(name, description, ctx => ctx.GetArgument<string>("login"), async (ctx, viewer, login, key) =>
            {
                await run(ctx, viewer, login, key);
                await ctx.Service<SignedInAccounts>().ForgetAsync(login, ctx.CancellationToken);
            })
            .Argument<NonNullGraphType<StringGraphType>>("login");
}
