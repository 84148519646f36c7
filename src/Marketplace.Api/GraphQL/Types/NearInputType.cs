namespace Marketplace.Api.GraphQL.Types;

public sealed class NearInput
{
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public double RadiusMeters { get; set; }

    /// <summary>The validated circle; out-of-range values are refused with a VALIDATION error.</summary>
    public GeoCircle ToCircle() => new(Latitude, Longitude, RadiusMeters);
}

public sealed class NearInputType : InputObjectGraphType<NearInput>
{
    public NearInputType()
    {
        Name = "NearInput";
        Description = $"A circle on the ground: a WGS 84 centre and a geodesic radius in metres (more than 0, at most {Geo.MaxRadiusMeters:0}).";
        Field(x => x.Latitude).Description("Degrees, -90 to 90.");
        Field(x => x.Longitude).Description("Degrees, -180 to 180.");
        Field(x => x.RadiusMeters).Description("Metres along the ground.");
    }
}
