using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Organisations;
using Marketplace.Core.Projects;
using Marketplace.Core.Regions;
using Marketplace.Core.Resources;
using Marketplace.Core.Risk;

namespace Marketplace.DemoData;

/// <summary>Everything the demo inserts, built in memory from one seeded random stream.</summary>
internal sealed record DemoDataSet(
    List<Region> Regions,
    List<Organisation> Organisations,
    List<Resource> Resources,
    List<CharityProject> Projects,
    List<Household> Households,
    List<HouseholdMember> Members,
    List<RegisteredIdNumber> RegisteredIdNumbers,
    List<IncomeLine> IncomeLines,
    List<Need> Needs,
    List<Match> Matches,
    List<NeedEvent> Events);

internal static class DemoDataBuilder
{
    public static DemoDataSet Build(DateTimeOffset now)
    {
        // One generator, drawn from in a fixed order: the same rows on every run.
        var random = new Random(DemoRandom.Seed);
        var (regions, communities) = Geography.Build();
        var (organisations, resources) = Organisations.Build(random, communities);
        var projects = Projects.Build();
        var areas = Areas.All.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var (storyHouseholds, storyNeeds) = Stories.Build(random, areas, communities);

        var households = new List<HouseholdDraft>();
        var drafts = new List<NeedDraft>();
        var phoneSerial = 0;
        foreach (var area in Areas.All)
        {
            var areaHouseholds = Households.Generate(
                random, area, communities, [.. storyHouseholds.Where(h => h.Area == area)], ref phoneSerial);
            var areaNeeds = Households.Needs(random, area, areaHouseholds, [.. storyNeeds.Where(n => n.Household.Area == area)]);
            Statuses.Assign(random, area, areaNeeds, now);
            households.AddRange(areaHouseholds);
            drafts.AddRange(areaNeeds);
        }

        // Played in the order they were reported, so earlier needs take capacity first, as they would have.
        var lifecycle = new NeedLifecycle(random, now, new Providers(resources, organisations, projects));
        foreach (var draft in drafts.OrderBy(d => d.ReportedAt).ThenBy(d => d.Id))
        {
            lifecycle.Play(draft);
        }

        StampActivity(lifecycle.Needs, lifecycle.Events);
        // Members last, each household from a random of its own: the shared stream above is untouched.
        var members = Members.Build(households);
        return new DemoDataSet(
            regions, organisations, resources, projects,
            [.. households.Select(h => h.Household)], members.Members, members.Registered, IncomeLines.Build(regions),
            lifecycle.Needs, lifecycle.Matches, lifecycle.Events);
    }

    /// <summary>A need's verification and last activity are what its timeline says they are.</summary>
    private static void StampActivity(List<Need> needs, List<NeedEvent> events)
    {
        var timelines = events.ToLookup(e => e.NeedId);
        foreach (var need in needs)
        {
            var timeline = timelines[need.Id].ToList();
            need.LastActivityAt = timeline.Count > 0 ? timeline.Max(e => e.At) : need.ReportedAt;
            need.VerifiedAt = timeline.Where(e => e.Kind == NeedEventKind.Verified).Select(e => (DateTimeOffset?)e.At).FirstOrDefault();
        }
    }
}
