using Marketplace.Core.Projects;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Projects;

public sealed class CharityProjectLoaders(CharityProjectDirectory directory)
{
    public BatchLoader<Guid, IReadOnlyList<Region>> TargetRegions { get; } = new(directory.TargetRegionsAsync, missing: []);
}
