using System.Text.Json;

namespace Marketplace.Core.RegionImports;

/// <summary>
/// Reads a GeoJSON FeatureCollection of regions. A text that is not one, or is too large, is
/// refused whole (VALIDATION); past that each feature is read on its own, and what is wrong with
/// it becomes a problem of that feature, so that one answer lists every problem of the file.
/// </summary>
internal static class RegionFileReader
{
    private const int MaxCharacters = RegionImporter.MaxCharacters;
    private const int MaxFeatures = RegionImporter.MaxFeatures;
    private const int MaxNameLength = 100;
    private const string Field = "geojson";

    public static List<RegionFeature> Read(string? geojson)
    {
        if (string.IsNullOrWhiteSpace(geojson)) throw new ValidationException("Give the regions as a GeoJSON FeatureCollection.", Field);
        if (geojson.Length > MaxCharacters)
        {
            throw new ValidationException($"A region file has at most {MaxCharacters} characters; this one has {geojson.Length}. Import it in parts, a district at a time.", Field);
        }
        using var document = Parse(geojson);
        var root = document.RootElement;
        if (Text(Property(root, "type")) != "FeatureCollection" || Property(root, "features") is not { ValueKind: JsonValueKind.Array } features)
        {
            throw new ValidationException("This is not a GeoJSON FeatureCollection: an object with \"type\": \"FeatureCollection\" and a \"features\" array.", Field);
        }
        var count = features.GetArrayLength();
        if (count == 0) throw new ValidationException("The FeatureCollection has no features.", Field);
        if (count > MaxFeatures) throw new ValidationException($"A region file has at most {MaxFeatures} features; this one has {count}. Import it in parts, a district at a time.", Field);
        return [.. features.EnumerateArray().Select(ReadFeature)];
    }

    private static JsonDocument Parse(string geojson)
    {
        try
        {
            return JsonDocument.Parse(geojson);
        }
        catch (JsonException e)
        {
            throw new ValidationException($"This is not JSON: {e.Message}", Field);
        }
    }

    private static RegionFeature ReadFeature(JsonElement element, int index)
    {
        var feature = new RegionFeature(index);
        if (Text(Property(element, "type")) != "Feature")
        {
            feature.Refuse(RegionImportProblemCode.InvalidFeature, "Not a GeoJSON Feature: an object with \"type\": \"Feature\", \"properties\" and \"geometry\".");
            return feature;
        }
        var properties = Property(element, "properties");
        ReadCode(feature, Property(properties, "code"));
        ReadName(feature, Text(Property(properties, "name")));
        ReadLevel(feature, Property(properties, "level"));
        ReadParent(feature, Property(properties, "parentCode"));
        ReadPopulation(feature, Property(properties, "population"));
        RegionGeometryReader.Read(feature, Property(element, "geometry"), Property(properties, "centroid"));
        return feature;
    }

    private static void ReadCode(RegionFeature feature, JsonElement? code)
    {
        // A code written as a JSON number is taken as its digits: spreadsheets export them so.
        feature.Code = code?.ValueKind == JsonValueKind.Number ? code.Value.GetRawText() : Text(code)?.Trim();
        if (feature.HasWellFormedCode) return;
        feature.Refuse(RegionImportProblemCode.MalformedCode, feature.Code is null
            ? "Give \"code\": the 12-digit division code (e.g. 340103002001)."
            : $"'{feature.Code}' is not a 12-digit division code (e.g. 340103002001).");
    }

    private static void ReadName(RegionFeature feature, string? name)
    {
        feature.Name = name?.Trim();
        if (string.IsNullOrEmpty(feature.Name)) feature.Refuse(RegionImportProblemCode.MissingName, "Give \"name\": the region's name (e.g. 县桥社区).");
        else if (feature.Name.Length > MaxNameLength) feature.Refuse(RegionImportProblemCode.NameTooLong, $"A name has at most {MaxNameLength} characters; this one has {feature.Name.Length}.");
    }

    private static void ReadLevel(RegionFeature feature, JsonElement? level)
    {
        if (level is null or { ValueKind: JsonValueKind.Null }) return;
        var given = Text(level);
        var named = Enum.GetValues<RegionLevel>().Cast<RegionLevel?>()
            .FirstOrDefault(l => string.Equals(Squeezed(l.ToString()), Squeezed(given), StringComparison.OrdinalIgnoreCase));
        if (named is null)
        {
            feature.Refuse(RegionImportProblemCode.LevelMismatch, $"'{given ?? level.Value.GetRawText()}' is not a level: DISTRICT, SUB_DISTRICT or COMMUNITY (or leave it out: the code says it).");
        }
        else if (feature.HasWellFormedCode && named != feature.Level)
        {
            feature.Refuse(RegionImportProblemCode.LevelMismatch,
                $"The code {feature.Code} is a {LevelName(feature.Level)}'s ({LevelRule(feature.Level)}), not a {LevelName(named.Value)}'s.");
        }
    }

    private static void ReadParent(RegionFeature feature, JsonElement? parent)
    {
        if (parent is null or { ValueKind: JsonValueKind.Null } || !feature.HasWellFormedCode) return;
        var given = Text(parent) ?? parent.Value.GetRawText();
        if (given == feature.ParentCode) return;
        feature.Refuse(RegionImportProblemCode.ParentMismatch, feature.ParentCode is null
            ? $"{feature.Code} is a district, the top of the tree here: it has no parent, so leave \"parentCode\" out."
            : $"The parent of {feature.Code} is {feature.ParentCode}, not {given}: a {LevelName(feature.Level)}'s code starts with its parent's first {(feature.Level == RegionLevel.Community ? 9 : 6)} digits.");
    }

    private static void ReadPopulation(RegionFeature feature, JsonElement? population)
    {
        if (population is null) return;
        feature.PopulationGiven = true;
        if (population.Value.ValueKind == JsonValueKind.Null) return;
        if (population.Value.ValueKind == JsonValueKind.Number && population.Value.TryGetInt32(out var residents) && residents >= 0)
        {
            feature.Population = residents;
            return;
        }
        feature.Refuse(RegionImportProblemCode.BadPopulation, $"\"population\" is a whole number of residents, 0 or more, or null when unknown; got {population.Value.GetRawText()}.");
    }

    public static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.District => "DISTRICT",
        RegionLevel.SubDistrict => "SUB_DISTRICT",
        _ => "COMMUNITY",
    };

    private static string LevelRule(RegionLevel level) => level switch
    {
        RegionLevel.District => "its last 6 digits are 0",
        RegionLevel.SubDistrict => "its last 3 digits are 0, the 3 before them not all",
        _ => "its last 3 digits are not all 0",
    };

    private static string Squeezed(string? text) => (text ?? "").Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    internal static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) ? value : null;

    internal static string? Text(JsonElement? element) => element is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
}
