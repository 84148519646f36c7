using NetTopologySuite.Geometries;

namespace Marketplace.Core.Common;

/// <summary>A validated search area: a centre and a geodesic radius in metres.</summary>
public sealed record GeoCircle
{
    public Point Centre { get; }
    public double RadiusMeters { get; }

    public GeoCircle(double latitude, double longitude, double radiusMeters)
    {
        if (!Geo.IsValidLatitude(latitude))
        {
            throw new ValidationException($"Latitude must be between -90 and 90; got {latitude}.", "latitude");
        }
        if (!Geo.IsValidLongitude(longitude))
        {
            throw new ValidationException($"Longitude must be between -180 and 180; got {longitude}.", "longitude");
        }
        if (!Geo.IsValidRadius(radiusMeters))
        {
            throw new ValidationException(
                $"Radius must be more than 0 and at most {Geo.MaxRadiusMeters:0} metres; got {radiusMeters}.", "radiusMeters");
        }
        Centre = Geo.Point(latitude, longitude);
        RadiusMeters = radiusMeters;
    }
}
