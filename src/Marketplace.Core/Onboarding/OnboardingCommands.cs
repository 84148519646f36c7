using System.Security.Cryptography;
using Marketplace.Core.Accounts;
using Marketplace.Core.Audit;
using Marketplace.Core.Organisations;

namespace Marketplace.Core.Onboarding;

/// <summary>
/// Organisations apply to join without an account; an officer of their sub-district or an admin
/// approves (the organisation, verified, and its first staff account) or rejects with a reason.
/// </summary>
public sealed class OnboardingCommands(CommandRunner runner)
{
    private const string ReferenceCharacters = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public Task<Guid> ApplyAsync(OrganisationApplicationInput input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var code = CreditCode.Validated(input.CreditCode, "creditCode");
        return runner.RunAsync(ApplicantOf(code), "applyForOrganisation", idempotencyKey, async c =>
        {
            await ApplicationValidation.ValidateAsync(c, input, cancellationToken);
            // Applications for one code are taken one at a time, so that the checks below hold.
            await c.Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({code}, 0))", cancellationToken);
            await EnsureNotTakenAsync(c, code, cancellationToken);
            var application = new OrganisationApplication
            {
                Id = Guid.CreateVersion7(c.Now),
                Reference = NewReference(),
                Name = input.Name.Trim(),
                Kind = input.Kind,
                CreditCode = code,
                RegionCode = input.RegionCode,
                Location = new GeoCircle(input.Latitude, input.Longitude, 1).Centre,
                Address = input.Address.Trim(),
                ContactName = input.ContactName.Trim(),
                ContactPhone = input.ContactPhone.Trim(),
                CategoryCodes = [.. input.CategoryCodes.Distinct(StringComparer.Ordinal)],
                Description = input.Description?.Trim(),
                Status = ApplicationStatus.Pending,
                SubmittedAt = c.Now,
            };
            c.Db.OrganisationApplications.Add(application);
            return application.Id;
        }, cancellationToken);
    }

    public Task<Guid> ApproveAsync(Viewer viewer, Guid applicationId, string? staffLogin, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "approveOrganisation", idempotencyKey, async c =>
        {
            var application = await DecidableAsync(c, applicationId);
            await EnsureNotTakenAsync(c, application.CreditCode, cancellationToken, pendingToo: false);
            var login = AccountLogin.ValidatedOrNull(staffLogin, "staffLogin") ?? $"staff.{application.Reference.ToLowerInvariant()}";
            if (await c.Db.UserAccounts.AnyAsync(u => u.Login == login, cancellationToken))
            {
                throw new ConflictException($"The login '{login}' is taken; give 'staffLogin' another.");
            }
            var organisation = new Organisation
            {
                Id = Guid.CreateVersion7(c.Now),
                Name = application.Name,
                Kind = application.Kind,
                IsVerified = true,
                RegionCode = application.RegionCode,
                Location = application.Location,
                Description = application.Description,
                ContactPhone = application.ContactPhone,
                CreditCode = application.CreditCode,
            };
            c.Db.Organisations.Add(organisation);
            c.Db.UserAccounts.Add(new UserAccount
            {
                Login = login,
                DisplayName = application.ContactName,
                Role = application.Kind == OrganisationKind.Enterprise ? Role.Donor : Role.SocialOrg,
                OrganisationId = organisation.Id,
                LeadsOrganisation = true,
            });
            (application.Status, application.OrganisationId, application.StaffLogin) = (ApplicationStatus.Approved, organisation.Id, login);
            (application.DecidedAt, application.DecidedBy) = (c.Now, c.Viewer.Login);
            c.Audit("organisation.approved", nameof(OrganisationApplication), application.Id,
                new { Status = ApplicationStatus.Pending }, new { application.Status, application.OrganisationId, application.StaffLogin, application.CreditCode, application.Name });
            return application.Id;
        }, cancellationToken);

    public Task<Guid> RejectAsync(Viewer viewer, Guid applicationId, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "rejectOrganisation", idempotencyKey, async c =>
        {
            var application = await DecidableAsync(c, applicationId);
            application.RejectionReason = Validation.Required(reason, "reason", "Say why the application is rejected: the applicant reads it.");
            (application.Status, application.DecidedAt, application.DecidedBy) = (ApplicationStatus.Rejected, c.Now, c.Viewer.Login);
            c.Audit("organisation.rejected", nameof(OrganisationApplication), application.Id,
                new { Status = ApplicationStatus.Pending }, new { application.Status, application.RejectionReason });
            return application.Id;
        }, cancellationToken);

    /// <summary>
    /// Who applies has no account yet: a viewer of no organisation and no region, which no
    /// permission admits, only so that a repeated idempotency key is scoped to the credit code.
    /// </summary>
    private static Viewer ApplicantOf(string creditCode) => new($"applicant:{creditCode}", Role.Donor, null, null);

    private static async Task<OrganisationApplication> DecidableAsync(CommandContext c, Guid applicationId)
    {
        var application = await c.LockAsync<OrganisationApplication>(applicationId, "Organisation application");
        Permissions.EnsureOfficerOf(c.Viewer, application.RegionCode);
        if (application.Status != ApplicationStatus.Pending)
        {
            throw new InvalidTransitionException($"This application is {application.Status.ToString().ToUpperInvariant()} already; only a PENDING one is decided.");
        }
        return application;
    }

    private static async Task EnsureNotTakenAsync(CommandContext c, string code, CancellationToken cancellationToken, bool pendingToo = true)
    {
        if (await c.Db.Organisations.AnyAsync(o => o.CreditCode == code, cancellationToken))
        {
            throw new ConflictException("An organisation with this unified social credit code is registered already; ask its staff, or the sub-district office, for an account.");
        }
        if (pendingToo && await c.Db.OrganisationApplications.AnyAsync(a => a.CreditCode == code && a.Status == ApplicationStatus.Pending, cancellationToken))
        {
            throw new ConflictException("An application with this unified social credit code is waiting for a decision; read its status with the reference it was given.");
        }
    }

    private static string NewReference() =>
        "OA" + new string(RandomNumberGenerator.GetItems<char>(ReferenceCharacters, 8));
}
