using System.Security.Cryptography;
using Marketplace.Core.Accounts;
using Marketplace.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Marketplace.Tests.Identity;

/// <summary>
/// EntraId mode, run: tokens from a local OpenID Connect issuer reach the API through
/// Microsoft.Identity.Web, configured as for Entra ID itself, and find (or link) their account.
/// </summary>
public sealed class EntraIdSignInTests(EntraIdApiFixture api) : IClassFixture<EntraIdApiFixture>
{
    private const string Me = "{ me { login role } }";

    [Fact]
    public async Task A_token_whose_oid_is_linked_reaches_that_account()
    {
        var (login, objectId) = (NewLogin(), NewOid());
        await api.AddAccountAsync(login, objectId: objectId);
        await api.AddAccountAsync(NewLogin(), objectId: NewOid());

        var me = (await api.ClientWith(api.Issuer.TokenFor(objectId)).DataAsync(Me))["me"]!;

        Assert.Equal((login, "SOCIAL_WORKER"), (me["login"]!.GetValue<string>(), me["role"]!.GetValue<string>()));
    }

    public static TheoryData<string> Refusals => ["expired an hour ago", "signed by another key", "for another API", "from another tenant", "without a scope"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_token_that_does_not_validate_is_refused_401_UNAUTHENTICATED(string fault)
    {
        var objectId = NewOid();
        await api.AddAccountAsync(NewLogin(), objectId: objectId);
        using var otherKey = RSA.Create(2048);
        var token = fault switch
        {
            "expired an hour ago" => api.Issuer.TokenFor(objectId, expires: DateTimeOffset.UtcNow.AddHours(-1)),
            "signed by another key" => api.Issuer.TokenFor(objectId, signedWith: new RsaSecurityKey(otherKey) { KeyId = api.Issuer.SigningKey.KeyId }),
            "for another API" => api.Issuer.TokenFor(objectId, audience: Guid.NewGuid().ToString()),
            "from another tenant" => api.Issuer.TokenFor(objectId, issuer: $"{api.Issuer.Instance}{Guid.NewGuid()}/v2.0"),
            _ => api.Issuer.TokenFor(objectId, scope: null),
        };

        var response = await api.ClientWith(token).PostAsync(Me);

        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }

    [Fact]
    public async Task An_unknown_oid_is_linked_by_its_address_on_first_sign_in_then_found_by_oid_alone()
    {
        var (login, objectId, address) = (NewLogin(), NewOid(), NewAddress());
        await api.AddAccountAsync(login, email: address);

        var first = await api.ClientWith(api.Issuer.TokenFor(objectId, preferredUsername: address.ToUpperInvariant())).DataAsync(Me);
        var byOidAlone = await api.ClientWith(api.Issuer.TokenFor(objectId, preferredUsername: "renamed@example.org")).DataAsync(Me);

        Assert.Equal(login, first["me"]!["login"]!.GetValue<string>());
        Assert.Equal(login, byOidAlone["me"]!["login"]!.GetValue<string>());
        Assert.Equal(objectId, await ExternalIdAsync(login));
        var entry = Assert.Single(await LinkEntriesAsync(login));
        Assert.Equal(AccountLinking.Actor, entry.Actor);
        Assert.Contains(objectId, entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_linked_to_one_oid_is_not_taken_by_another_naming_its_address()
    {
        var (login, objectId, address) = (NewLogin(), NewOid(), NewAddress());
        await api.AddAccountAsync(login, email: address);
        await api.ClientWith(api.Issuer.TokenFor(objectId, email: address)).DataAsync(Me);

        var other = await api.ClientWith(api.Issuer.TokenFor(NewOid(), preferredUsername: address, email: address)).PostAsync(Me);

        Assert.Equal("FORBIDDEN", other.FirstErrorCode);
        Assert.Equal(objectId, await ExternalIdAsync(login));
    }

    [Fact]
    public async Task An_account_is_linked_by_its_login_too()
    {
        var (login, objectId) = (NewLogin() + "@example.org", NewOid());
        await api.AddAccountAsync(login);

        var me = await api.ClientWith(api.Issuer.TokenFor(objectId, preferredUsername: login)).DataAsync(Me);

        Assert.Equal(login, me["me"]!["login"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_naming_two_unlinked_accounts_links_neither()
    {
        var (byAddress, byLogin, address) = (NewLogin(), NewLogin(), NewAddress());
        await api.AddAccountAsync(byAddress, email: address);
        await api.AddAccountAsync(byLogin);

        var response = await api.ClientWith(api.Issuer.TokenFor(NewOid(), preferredUsername: address, email: byLogin)).PostAsync(Me);

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Equal((null, null), (await ExternalIdAsync(byAddress), await ExternalIdAsync(byLogin)));
    }

    [Fact]
    public async Task An_oid_already_an_accounts_is_never_moved_to_another_nor_is_a_deactivated_account_linked()
    {
        var (deactivated, unlinked, objectId, address) = (NewLogin(), NewLogin(), NewOid(), NewAddress());
        await api.AddAccountAsync(deactivated, objectId: objectId, active: false);
        await api.AddAccountAsync(unlinked, email: address);
        var (dormant, otherAddress) = (NewLogin(), NewAddress());
        await api.AddAccountAsync(dormant, email: otherAddress, active: false);

        var taken = await api.ClientWith(api.Issuer.TokenFor(objectId, preferredUsername: address)).PostAsync(Me);
        var inactive = await api.ClientWith(api.Issuer.TokenFor(NewOid(), preferredUsername: otherAddress)).PostAsync(Me);

        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (taken.FirstErrorCode, inactive.FirstErrorCode));
        Assert.Equal((null, null), (await ExternalIdAsync(unlinked), await ExternalIdAsync(dormant)));
    }

    [Fact]
    public async Task First_sign_ins_at_the_same_moment_link_once()
    {
        var (login, objectId, address) = (NewLogin(), NewOid(), NewAddress());
        await api.AddAccountAsync(login, email: address);
        var rival = NewOid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            api.ClientWith(api.Issuer.TokenFor(i % 2 == 0 ? objectId : rival, preferredUsername: address)).PostAsync(Me)));

        var winner = await ExternalIdAsync(login);
        Assert.Single(await LinkEntriesAsync(login));
        Assert.All(responses.Where((_, i) => (i % 2 == 0 ? objectId : rival) == winner), r => Assert.Null(r.Errors));
        Assert.All(responses.Where((_, i) => (i % 2 == 0 ? objectId : rival) != winner), r => Assert.Equal("FORBIDDEN", r.FirstErrorCode));
    }

    [Fact]
    public async Task A_deactivated_account_is_refused_once_its_kept_copy_expires()
    {
        var (login, objectId) = (NewLogin(), NewOid());
        await api.AddAccountAsync(login, objectId: objectId);
        var client = api.ClientWith(api.Issuer.TokenFor(objectId));
        await client.DataAsync(Me);

        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var deactivate = new NpgsqlCommand("UPDATE user_accounts SET is_active = false WHERE login = @login", connection);
            deactivate.Parameters.AddWithValue("login", login);
            await deactivate.ExecuteNonQueryAsync();
        }
        await Task.Delay(EntraIdApiFixture.KeptFor + TimeSpan.FromMilliseconds(250));
        var response = await client.PostAsync(Me);

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }

    private async Task<string?> ExternalIdAsync(string login)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        return await db.UserAccounts.Where(u => u.Login == login).Select(u => u.ExternalId).SingleAsync();
    }

    private async Task<List<AuditEntry>> LinkEntriesAsync(string login)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        return await db.AuditEntries.Where(e => e.Action == AccountLinking.Action && e.SubjectId == login).ToListAsync();
    }

    private static string NewLogin() => $"entra.{Guid.NewGuid():N}"[..20];
    private static string NewOid() => Guid.NewGuid().ToString();
    private static string NewAddress() => $"{Guid.NewGuid():N}@example.org";
}
