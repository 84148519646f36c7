using Marketplace.Core.Onboarding;

namespace Marketplace.Api.Onboarding;

/// <summary>Joining: an organisation applies without an account, an officer or admin decides, the applicant reads the outcome by its reference.</summary>
public static class OnboardingFields
{
    public static void AddOnboardingQueries(this ObjectGraphType query)
    {
        query.Field<OrganisationApplicationType>("organisationApplication")
            .AllowAnonymous()
            .Description("An application by the reference it was given; null when there is none. Open to anyone holding the reference.")
            .Argument<NonNullGraphType<StringGraphType>>("reference")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationApplications>().ByReferenceAsync(ctx.GetArgument<string>("reference"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationApplicationType>>>>("organisationApplications")
            .Description($"Applications to join of a region (your sub-district when not given), newest first, at most {OrganisationApplications.MaxListed}. Officers and admins.")
            .Argument<StringGraphType>("regionCode")
            .Argument<ApplicationStatusType>("status")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationApplications>().ListAsync(
                ctx.Viewer(), ctx.GetArgument<string?>("regionCode"), ctx.GetArgument<ApplicationStatus?>("status"), ctx.CancellationToken));
    }

    public static void AddOnboardingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OrganisationApplicationType>>("applyForOrganisation")
            .AllowAnonymous()
            .Description("An enterprise or social organisation applies to join; no account needed. Keep the reference of the answer. The same credit code cannot apply twice while pending, nor once registered (CONFLICT).")
            .Argument<NonNullGraphType<OrganisationApplicationInputType>>("input")
            .Argument<StringGraphType>(CommandFields.IdempotencyKey, CommandFields.IdempotencyKeyDescription)
            .ResolveAsync(async ctx =>
            {
                var id = await ctx.Service<OnboardingCommands>().ApplyAsync(
                    ctx.GetArgument<OrganisationApplicationArguments>("input").ToInput(), ctx.IdempotencyKey(), ctx.CancellationToken);
                return (await ctx.Service<KeyedReads>().ByPrimaryKeyAsync<OrganisationApplication, Guid>([id], ctx.CancellationToken))[id];
            });

        mutation.CommandOn<OrganisationApplicationType, OrganisationApplication>("approveOrganisation",
                "An officer of the applicant's sub-district or an admin registers the organisation, verified, with its first staff account.", "applicationId",
                (ctx, viewer, id, key) => ctx.Service<OnboardingCommands>().ApproveAsync(viewer, id, ctx.GetArgument<string?>("staffLogin"), key, ctx.CancellationToken))
            .Argument<StringGraphType>("staffLogin", "The first staff account's login; staff.<reference> when not given.");

        mutation.CommandOn<OrganisationApplicationType, OrganisationApplication>("rejectOrganisation",
                "An officer of the applicant's sub-district or an admin rejects the application, with a reason the applicant reads.", "applicationId",
                (ctx, viewer, id, key) => ctx.Service<OnboardingCommands>().RejectAsync(viewer, id, ctx.GetArgument<string>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("reason");
    }
}
