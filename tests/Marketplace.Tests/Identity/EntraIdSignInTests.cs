using System.Security.Cryptography;
using Marketplace.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Marketplace.Tests.Identity;

/// <summary>
/// EntraId mode, run: tokens from a local OpenID Connect issuer reach the API through
/// Microsoft.Identity.Web, configured as for Entra ID itself, and find their account.
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

    public static TheoryData<string> Refusals => ["expired an hour ago", "signed by another key", "for another API", "from another tenant"];

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
            _ => api.Issuer.TokenFor(objectId, issuer: $"{api.Issuer.Instance}{Guid.NewGuid()}/v2.0"),
        };

        var response = await api.ClientWith(token).PostAsync(Me);

        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
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

    private static string NewLogin() => $"entra.{Guid.NewGuid():N}"[..20];
    private static string NewOid() => Guid.NewGuid().ToString();
}
