using System.Security.Claims;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;

namespace Marketplace.Api.GraphQL.Authorization;

/// <summary>
/// Enforces GraphQL.NET's authorization metadata (<c>Authorize</c>, <c>AuthorizeWithPolicy</c>,
/// <c>AuthorizeWithRoles</c>, <c>AllowAnonymous</c>) on every field a document selects, through
/// ASP.NET Core's <see cref="IAuthorizationService"/>, before any resolver runs. A type's
/// requirements apply to its fields unless a field allows anonymous access. Checks that depend on
/// data (this need's region, this resource's organisation) are the application services' job.
/// </summary>
public sealed class AuthorizationValidationRule(IHostEnvironment environment) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new Visitor(introspectionIsPublic: environment.IsDevelopment()));

    private sealed class Visitor(bool introspectionIsPublic) : INodeVisitor
    {
        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is not GraphQLField field) return;
            var user = context.User ?? new ClaimsPrincipal();
            var name = field.Name.Value.ToString();
            if (name == "__typename") return;
            if (name is "__schema" or "__type")
            {
                if (!introspectionIsPublic && !IsSignedIn(user)) Report(context, field, ErrorCodes.Unauthenticated, "Sign in to read the schema by introspection.");
                return;
            }

            var definition = context.TypeInfo.GetFieldDef();
            var parent = context.TypeInfo.GetParentType()?.GetNamedType();
            if (definition is null || parent is null || parent.Name.StartsWith("__", StringComparison.Ordinal) || definition.IsAnonymousAllowed()) return;

            foreach (IMetadataReader requirements in new IMetadataReader[] { parent, definition })
            {
                var refusal = await CheckAsync(requirements, user, context.RequestServices);
                if (refusal is var (code, message))
                {
                    Report(context, field, code, $"'{parent.Name}.{name}': {message}");
                    return;
                }
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

        private static async Task<(string Code, string Message)?> CheckAsync(IMetadataReader requirements, ClaimsPrincipal user, IServiceProvider? services)
        {
            var policies = requirements.GetPolicies() ?? [];
            var roles = requirements.GetRoles() ?? [];
            if (!requirements.IsAuthorizationRequired() && policies.Count == 0 && roles.Count == 0) return null;
            if (user.Identity?.IsAuthenticated != true) return (ErrorCodes.Unauthenticated, "sign in first: this needs a valid bearer token.");
            if (!IsSignedIn(user)) return (ErrorCodes.Forbidden, "you are signed in but have no active account here; ask your district administrator.");
            if (roles.Count > 0 && !roles.Any(user.IsInRole)) return (ErrorCodes.Forbidden, $"only for {string.Join(" or ", roles)}.");

            var authorization = services?.GetRequiredService<IAuthorizationService>()
                ?? throw new InvalidOperationException("Authorization needs the request's services.");
            foreach (var policy in policies)
            {
                if (!(await authorization.AuthorizeAsync(user, policy)).Succeeded) return (ErrorCodes.Forbidden, $"refused by the '{policy}' policy.");
            }
            return null;
        }

        private static bool IsSignedIn(ClaimsPrincipal user) => user.HasClaim(c => c.Type == MarketplaceClaims.AccountLogin);

        private static void Report(ValidationContext context, GraphQLField field, string code, string message) =>
            context.ReportError(new ValidationError(context.Document.Source, null, message, field) { Code = code });
    }
}
