using Marketplace.Core.Common.Paging;

namespace Marketplace.Api.GraphQL.Paging;

public sealed class PageInfo
{
    public bool HasNextPage { get; init; }
    public bool HasPreviousPage { get; init; }
    public string? StartCursor { get; init; }
    public string? EndCursor { get; init; }

    public static PageInfo Of<T>(Page<T> page) => new()
    {
        HasNextPage = page.HasNextPage,
        HasPreviousPage = page.HasPreviousPage,
        StartCursor = page.Items.Count > 0 ? page.Items[0].Cursor : null,
        EndCursor = page.Items.Count > 0 ? page.Items[^1].Cursor : null,
    };
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(x => x.HasNextPage);
        Field(x => x.HasPreviousPage);
        Field(x => x.StartCursor, nullable: true);
        Field(x => x.EndCursor, nullable: true).Description("Pass as 'after' to get the next page.");
    }
}
