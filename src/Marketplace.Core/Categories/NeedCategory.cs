namespace Marketplace.Core.Categories;

/// <summary>
/// A node of the extensible need taxonomy (daily-living care, goods, medical escort …). New
/// categories are rows, not code: a category may refine another through <see cref="ParentCode"/>.
/// </summary>
[Table("need_categories")]
public sealed class NeedCategory
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public string? ParentCode { get; set; }
    public int SortOrder { get; set; }

    /// <summary>When it stopped being offered for new needs and resources; those that have it keep it.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}
