using Marketplace.Api.GraphQL.Transport;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Transport;

/// <summary>
/// A document that passed validation is not validated again, but what depends on the caller or
/// the variables is still checked on every request.
/// </summary>
public sealed class ValidatedDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private ValidatedDocuments Documents => api.Services.GetRequiredService<ValidatedDocuments>();

    // Each test's own text (a comment is part of it), so that no other test has cached it.
    private static string Unique(string query) => $"{query} # {Guid.NewGuid():N}";

    [Fact]
    public async Task A_document_that_ran_is_kept_and_still_refuses_callers_without_the_role()
    {
        var query = Unique($$"""{ personalDataReads(regionCode: "{{DemoIds.XianqiaoCommunity}}") { reader } }""");
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var first = await officer.PostAsync(query);
        Assert.Null(first.Errors);
        Assert.NotNull(Documents.Find(query));

        var refused = await donor.PostAsync(query);
        var anonymous = await api.Anonymous.PostAsync(query);

        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
        Assert.Null(refused.Data);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        Assert.Equal(401, anonymous.Status);
    }

    [Fact]
    public async Task A_kept_document_still_checks_its_variables()
    {
        var query = Unique("query($code: String!) { region(code: $code) { name } }");
        var found = await api.Anonymous.PostAsync(query, new { code = DemoIds.XianqiaoCommunity });
        Assert.NotNull(Documents.Find(query));

        var missing = await api.Anonymous.PostAsync(query, new { });
        var wrongType = await api.Anonymous.PostAsync(query, new { code = new[] { 1, 2 } });

        Assert.Null(found.Errors);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", missing.FirstErrorCode);
        Assert.Contains("$code", missing.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", wrongType.FirstErrorCode);
    }

    [Fact]
    public async Task A_document_refused_by_validation_is_not_kept_and_is_refused_again()
    {
        var query = Unique("{ regions { noSuchField } }");

        var first = await api.Anonymous.PostAsync(query);
        var second = await api.Anonymous.PostAsync(query);

        Assert.Null(Documents.Find(query));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", first.FirstErrorCode);
        Assert.Equal(first.RawBody, second.RawBody);
    }

    [Fact]
    public void Past_its_bound_the_store_starts_afresh_and_ignores_oversized_documents()
    {
        var documents = new ValidatedDocuments();
        var document = GraphQLParser.Parser.Parse("{ regions { name } }");
        for (var i = 0; i < ValidatedDocuments.MaxDocuments; i++) documents.Remember($"{{ regions {{ name }} }} # {i}", document);
        Assert.Equal(ValidatedDocuments.MaxDocuments, documents.Count);

        documents.Remember("{ regions { code } }", document);
        documents.Remember($"{{ regions {{ name }} }} # {new string('x', ValidatedDocuments.MaxQueryLength)}", document);

        Assert.Equal(1, documents.Count);
        Assert.NotNull(documents.Find("{ regions { code } }"));
    }
}
