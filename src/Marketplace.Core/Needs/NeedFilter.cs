namespace Marketplace.Core.Needs;

/// <summary>What a needs list may be narrowed by. Every part is optional; all given parts must hold.</summary>
public sealed record NeedFilter
{
    public IReadOnlyList<NeedStatus>? Statuses { get; init; }

    /// <summary>Category codes; a category includes its sub-categories.</summary>
    public IReadOnlyList<string>? CategoryCodes { get; init; }

    public IReadOnlyList<Urgency>? Urgencies { get; init; }

    /// <summary>A region at any level; its descendants are included.</summary>
    public string? RegionCode { get; init; }

    public GeoCircle? Near { get; init; }

    /// <summary>Only the needs this login holds (claimed under it), in whatever state they are now.</summary>
    public string? HeldBy { get; init; }

    /// <summary>Only needs due before this day (needs without a due date are never included).</summary>
    public DateOnly? DueBefore { get; init; }

    /// <summary>
    /// Measure from each need's community centroid rather than the household's point, for viewers
    /// who may not locate households (see <see cref="Identity.PersonalDataPolicy.MayLocateExactly"/>).
    /// </summary>
    public bool ApproximateLocation { get; init; }
}
