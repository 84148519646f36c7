using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;

namespace Marketplace.Core.Matching;

/// <summary>A need linked to exactly one resource or one charity project, with the quantity allocated.</summary>
[Table("matches")]
public sealed class Match
{
    public Guid Id { get; init; }
    public Guid NeedId { get; init; }
    public Need? Need { get; init; }
    public Guid? ResourceId { get; init; }
    public Resource? Resource { get; init; }
    public Guid? CharityProjectId { get; init; }
    public CharityProject? CharityProject { get; init; }

    public int Quantity { get; set; }
    public MatchStatus Status { get; set; }
    public DateTimeOffset ProposedAt { get; init; }
    public required string ProposedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    public uint Version { get; private set; }
}
