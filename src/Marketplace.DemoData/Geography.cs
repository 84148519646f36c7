using System.Globalization;
using Marketplace.Core.Common;
using Marketplace.Core.Regions;
using NetTopologySuite.Geometries;

namespace Marketplace.DemoData;

/// <summary>
/// The demo regions. Sub-district and district centres are approximate real positions; community
/// centroids are laid out on a ring around their sub-district (unless given), each with a square
/// boundary small enough that neighbours do not overlap.
/// </summary>
internal static class Geography
{
    internal enum AddressStyle
    {
        ShanghaiLane,
        Estate,
        Village,
    }

    internal sealed record CommunitySpec(string Name, string[]? Estates = null, double? Latitude = null, double? Longitude = null);

    internal sealed record SubDistrictSpec(string Code, string Name, double Latitude, double Longitude, string[] Streets, CommunitySpec[] Communities, double RingBearing = 0);

    internal sealed record DistrictSpec(
        string Code, string Name, double Latitude, double Longitude, AddressStyle Style,
        double RingMetres, double HalfSideMetres, SubDistrictSpec[] SubDistricts);

    /// <summary>A community as the household generator sees it.</summary>
    internal sealed record Place(
        string Code, string Name, string SubDistrictName, Point Centroid, double HalfSideMetres,
        AddressStyle Style, IReadOnlyList<string> Estates);

    public static IReadOnlyList<DistrictSpec> Districts => GeographyTables.Districts;

    public static (List<Region> Regions, Dictionary<string, Place> Communities) Build()
    {
        var regions = new List<Region>();
        var communities = new Dictionary<string, Place>(StringComparer.Ordinal);
        var placed = new List<(double Latitude, double Longitude, double HalfSide)>();
        foreach (var district in Districts)
        {
            regions.Add(NewRegion(district.Code, district.Name, RegionLevel.District, parentCode: null, Geo.Point(district.Latitude, district.Longitude)));
            foreach (var sub in district.SubDistricts)
            {
                regions.Add(NewRegion(sub.Code, sub.Name, RegionLevel.SubDistrict, district.Code, Geo.Point(sub.Latitude, sub.Longitude)));
                AddCommunities(district, sub, placed, regions, communities);
            }
        }
        return (regions, communities);
    }

    private static Region NewRegion(string code, string name, RegionLevel level, string? parentCode, Point centroid, Polygon? boundary = null) =>
        new() { Code = code, Name = name, Level = level, ParentCode = parentCode, Centroid = centroid, Boundary = boundary };

    private static void AddCommunities(
        DistrictSpec district, SubDistrictSpec sub, List<(double Latitude, double Longitude, double HalfSide)> placed,
        List<Region> regions, Dictionary<string, Place> communities)
    {
        // Towns' villages are numbered from 201 (村委会), urban communities from 001 (居委会), as in the national scheme.
        var villages = district.Style == AddressStyle.Village || (sub.Name.EndsWith('镇') && sub.Communities.All(c => c.Name.EndsWith('村')));
        var centres = Layout(district, sub, placed);
        for (var i = 0; i < sub.Communities.Length; i++)
        {
            var spec = sub.Communities[i];
            var code = sub.Code[..9] + (i + (villages ? 201 : 1)).ToString("000", CultureInfo.InvariantCulture);
            var (lat, lon) = centres[i];
            var centroid = Geo.Point(lat, lon);
            placed.Add((lat, lon, district.HalfSideMetres));
            regions.Add(NewRegion(code, spec.Name, RegionLevel.Community, sub.Code, centroid, DemoGeo.Square(lat, lon, district.HalfSideMetres)));
            var style = spec.Name.EndsWith('村') ? AddressStyle.Village : district.Style;
            communities.Add(code, new Place(code, spec.Name, sub.Name, centroid, district.HalfSideMetres, style, spec.Estates ?? sub.Streets));
        }
    }

    /// <summary>
    /// Centroids on a ring around the sub-district, turned until no square overlaps one already
    /// placed: neighbouring sub-districts of a dense city district are closer than two rings.
    /// </summary>
    private static List<(double Latitude, double Longitude)> Layout(
        DistrictSpec district, SubDistrictSpec sub, List<(double Latitude, double Longitude, double HalfSide)> placed)
    {
        List<(double, double)>? first = null;
        foreach (var (ring, turn) in RingScales.SelectMany(scale => Enumerable.Range(0, 36).Select(step => (district.RingMetres * scale, step * 10))))
        {
            var centres = new List<(double, double)>();
            for (var i = 0; i < sub.Communities.Length; i++)
            {
                var spec = sub.Communities[i];
                var (lat, lon) = spec.Latitude is { } givenLat && spec.Longitude is { } givenLon
                    ? (givenLat, givenLon)
                    : DemoGeo.Polar(sub.Latitude, sub.Longitude, ring, sub.RingBearing + turn + (i * 360.0 / sub.Communities.Length));
                centres.Add((Math.Round(lat, 6), Math.Round(lon, 6)));
            }
            first ??= centres;
            if (!centres.Any(c => placed.Any(p => Overlap(c, p, district.HalfSideMetres))))
            {
                return centres;
            }
        }
        return first!;
    }

    /// <summary>A tighter ring is tried only when no turn of the wider one fits.</summary>
    private static readonly double[] RingScales = [1, 0.8, 0.65];

    private static bool Overlap((double Latitude, double Longitude) a, (double Latitude, double Longitude, double HalfSide) b, double halfSide)
    {
        const double metresPerDegree = 111_320;
        const double gap = 30;
        var north = Math.Abs(a.Latitude - b.Latitude) * metresPerDegree;
        var east = Math.Abs(a.Longitude - b.Longitude) * metresPerDegree * Math.Cos(a.Latitude * Math.PI / 180);
        var reach = halfSide + b.HalfSide + gap;
        return north < reach && east < reach;
    }
}
