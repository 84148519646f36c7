namespace Marketplace.Core.Regions;

/// <summary>The three administrative levels the product works with (区/县 → 街道/乡镇 → 社区/村).</summary>
public enum RegionLevel
{
    District,
    SubDistrict,
    Community,
}
