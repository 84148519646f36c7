using Marketplace.Core.Data;

namespace Marketplace.Tests.Architecture;

/// <summary>
/// Each project's folders depend on each other one way. Floors (the plumbing every feature uses)
/// never name a feature; features use floors and the features below them; nothing forms a cycle.
/// Adding a feature: a folder of its own, using floors and lower features only.
/// </summary>
public sealed class LayeringTests
{
    // Core's floors: shared values and errors, the context, the geography every scope is cut by,
    // who is asking, and how a command runs.
    private static readonly HashSet<string> CoreFloors = ["Common", "Data", "Regions", "Identity", "Commands"];

    // Api's floors: start-up verbs, the context's wiring, authentication and the viewer, the
    // engine's plumbing (transports, executor, batch loading, errors), and the schema's roots.
    private static readonly HashSet<string> ApiFloors = ["Hosting", "Data", "Identity", "GraphQL", "Schema"];

    private static readonly Lazy<FolderGraph> Core = new(() => FolderGraph.Of(typeof(MarketplaceDbContext).Assembly, "Marketplace.Core"));
    private static readonly Lazy<FolderGraph> Api = new(() => FolderGraph.Of(typeof(Program).Assembly, "Marketplace.Api"));

    [Fact]
    public void Core_folders_form_no_cycle() => AssertNoCycle(Core.Value, "Marketplace.Core");

    [Fact]
    public void Api_folders_form_no_cycle() => AssertNoCycle(Api.Value, "Marketplace.Api");

    [Fact]
    public void Core_floors_name_no_feature() => AssertFloorsNameNoFeature(Core.Value, CoreFloors, "Marketplace.Core");

    [Fact]
    public void Api_floors_name_no_feature() => AssertFloorsNameNoFeature(Api.Value, ApiFloors, "Marketplace.Api");

    [Fact]
    public void Only_the_composition_root_names_every_feature_and_nothing_uses_it()
    {
        var intoRoot = Api.Value.Edges.Where(e => e.Value.Contains(FolderGraph.Root)).Select(e => e.Key).ToList();

        Assert.True(intoRoot.Count == 0, $"These folders use Program or MarketplaceFeatures, which only start the application: {string.Join(", ", intoRoot)}.");
        Assert.Superset(new HashSet<string> { "Needs", "Matching", "Clearance" }, (HashSet<string>)[.. Api.Value.Edges[FolderGraph.Root]]);
    }

    [Fact]
    public void The_graph_is_read_from_the_code_down_to_method_bodies()
    {
        Assert.Equal(0, Core.Value.UnresolvedTokens);
        Assert.Equal(0, Api.Value.UnresolvedTokens);
        // Signatures alone would miss these: each is made only inside a method body.
        Assert.Contains("Households", Core.Value.Edges["Needs"]);     // OpenNeedsMoveWithHousehold reacts to HouseholdMoved
        Assert.Contains("Needs", Core.Value.Edges["Matching"]);       // MatchReactions records on the need's timeline
        Assert.Contains("Privacy", Api.Value.Edges["Needs"]);         // NeedType reveals through the guard
    }

    [Fact]
    public void A_back_arrow_is_found_as_a_cycle_and_a_floor_naming_a_feature_as_a_forbidden_arrow()
    {
        var graph = FolderGraph.Given(("Needs", "Data"), ("Matching", "Needs"), ("Needs", "Matching"), ("Data", "Needs"));

        Assert.Equal([["Data", "Matching", "Needs"]], graph.Cycles());
        Assert.Equal("Matching → Needs → Matching", graph.ShortestCycleThrough("Matching"));
        Assert.Null(FolderGraph.Given(("Needs", "Data")).ShortestCycleThrough("Needs"));
        Assert.Equal(["Data → Needs"], graph.ArrowsFromFloors(new HashSet<string> { "Data" }));
    }

    private static void AssertNoCycle(FolderGraph graph, string project)
    {
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0,
            $"{project}: these folders depend on each other in a cycle: {string.Join("; ", cycles.Select(c => string.Join(" ⇄ ", c)))}.\n"
            + "Shortest ways round: " + string.Join("; ", cycles.SelectMany(c => c).Select(graph.ShortestCycleThrough).OfType<string>()
                .OrderBy(path => path.Length).ThenBy(path => path, StringComparer.Ordinal).Take(5)));
    }

    private static void AssertFloorsNameNoFeature(FolderGraph graph, IReadOnlySet<string> floors, string project)
    {
        var forbidden = graph.ArrowsFromFloors(floors);
        Assert.True(forbidden.Count == 0,
            $"{project}: a floor ({string.Join(", ", floors)}) names a feature: {string.Join(", ", forbidden)}. "
            + "Invert the arrow: the feature registers itself or reacts to a change the floor announces.");
    }
}
