using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using static Marketplace.DemoData.Archetypes;

namespace Marketplace.DemoData;

/// <summary>A household being generated, with what its needs' wording needs to know about it.</summary>
internal sealed record HouseholdDraft(Household Household, Archetype Archetype, string HeadName, int HeadAge, string Address, Areas.Area Area, bool IsStory);

/// <summary>A need before its lifecycle (status, timeline, matches) is played out.</summary>
internal sealed class NeedDraft
{
    public required HouseholdDraft Household { get; init; }
    public required int Index { get; init; }
    public required string Category { get; init; }
    public required string Summary { get; init; }
    public required string Detail { get; init; }
    public int? Quantity { get; init; }
    public bool Recurring { get; init; }
    public Urgency Urgency { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
    /// <summary>None for recurring needs: an ongoing service has no deadline to miss, only a start.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Set by a story; otherwise assigned from the area's figures.</summary>
    public NeedStatus? Status { get; set; }

    /// <summary>A story's provider (organisation or project key); never another one.</summary>
    public string? Provider { get; init; }

    /// <summary>A story's need met outside the platform (policy, the community itself).</summary>
    public bool WithoutMatch { get; init; }

    public Guid Id => DemoGuid.Need(Household.Household.Id, Index);
}
