using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Needs;

public sealed class NeedDetailTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_cleared_Xianqiao_need_with_its_household_match_and_timeline()
    {
        var page = await api.Client.DataAsync($$"""
            {
              needs(filter: { regionCode: "{{DemoIds.XianqiaoCommunity}}", statuses: [CLEARED] }, orderBy: OLDEST, first: 1) {
                nodes { id }
              }
            }
            """);
        var id = page["needs"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var data = await api.Client.DataAsync("""
            query($id: ID!) {
              need(id: $id) {
                id status publicSummary urgency dueDate isRecurring reportedAt reportedBy claimedBy clearedAt clearanceNote
                category { code name nameEn parent { code } }
                region { code name parent { name } }
                approximateLocation { type coordinates }
                household { memberCount riskLevel assistanceStatuses labels community { name } }
                matches { quantity status resource { title unit organisation { name kind } } charityProject { name } }
                timeline { kind actor fromStatus toStatus note }
              }
            }
            """, new { id });

        JsonSnapshot.Match(data);
    }
}
