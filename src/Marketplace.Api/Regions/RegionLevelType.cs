using Marketplace.Core.Regions;

namespace Marketplace.Api.Regions;

public sealed class RegionLevelType : EnumerationGraphType<RegionLevel>
{
    public RegionLevelType() => Description = "District (区/县) → sub-district (街道/乡镇) → community (社区/村).";
}
