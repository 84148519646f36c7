using Marketplace.Core.Audit;

namespace Marketplace.Api.Audit;

public static class AuditSetup
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services
        .AddSingleton<AuditLog>()
        .AddQueryFields(AuditFields.AddAuditQueries);
}
