using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Core.Data;
using Marketplace.Core.Projects;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Projects;

public sealed class CharityProjectLoaders(KeyedReads reads, CharityProjectDirectory directory)
{
    private static readonly Key<CharityProject, Guid> ByIdKey = new(p => p.Id);

    public BatchLoader<Guid, CharityProject?> ById { get; } = BatchLoaders.ByKey(reads, ByIdKey);

    public BatchLoader<Guid, IReadOnlyList<Region>> TargetRegions { get; } = new(directory.TargetRegionsAsync, missing: []);
}
