using Marketplace.Core.Audit;

namespace Marketplace.Api.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One administrative act: who, when, what, on which record, and the fields it changed before and after (JSON). Never changed.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.At);
        Field(x => x.Actor).Description("The login of who acted.");
        Field(x => x.Action).Description("What was done, e.g. organisation.approved.");
        Field(x => x.SubjectType);
        Field(x => x.SubjectId);
        Field(x => x.Before, nullable: true).Description("The fields as they were, as JSON; null for a creation.");
        Field(x => x.After, nullable: true).Description("The fields as the act left them, as JSON.");
    }
}

public sealed class AuditFilterInputType : InputObjectGraphType<AuditFilterArguments>
{
    public AuditFilterInputType()
    {
        Name = "AdminAuditFilter";
        Field<StringGraphType>("actor");
        Field<StringGraphType>("action");
        Field<StringGraphType>("subjectType");
        Field<StringGraphType>("subjectId");
        Field<DateTimeOffsetGraphType>("from");
        Field<DateTimeOffsetGraphType>("to");
    }
}

public sealed class AuditFilterArguments
{
    public string? Actor { get; set; }
    public string? Action { get; set; }
    public string? SubjectType { get; set; }
    public string? SubjectId { get; set; }
    public DateTimeOffset? From { get; set; }
    public DateTimeOffset? To { get; set; }

    public AuditFilter ToFilter() => new(Actor, Action, SubjectType, SubjectId, From, To);
}

public static class AuditFields
{
    public static void AddAuditQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("adminAuditLog")
            .Description($"Administrative acts (applications decided …), newest first, at most {AuditLog.MaxPageSize}. Admins.")
            .AuthorizeWithRoles(Role.Admin.ClaimValue())
            .Argument<AuditFilterInputType>("filter")
            .Argument<IntGraphType>("first", $"1 to {AuditLog.MaxPageSize}; 50 when not given.")
            .ResolveAsync(async ctx => await ctx.Service<AuditLog>().ReadAsync(
                ctx.Viewer(), ctx.GetArgument<AuditFilterArguments?>("filter")?.ToFilter() ?? new AuditFilter(), ctx.GetArgument("first", 50), ctx.CancellationToken));
}
