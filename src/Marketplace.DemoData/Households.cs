using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using Marketplace.Core.Regions;
using NetTopologySuite.Geometries;

namespace Marketplace.DemoData;

/// <summary>Generates the households of an area and the drafts of their needs.</summary>
internal static class Households
{
    public static List<HouseholdDraft> Generate(
        Random random, Areas.Area area, IReadOnlyDictionary<string, Geography.Place> communities, IReadOnlyList<HouseholdDraft> stories, ref int phoneSerial)
    {
        var drafts = new List<HouseholdDraft>(stories);
        var codes = communities.Keys
            .Where(code => area.Scopes.Any(scope => RegionCode.Contains(scope, code)))
            .Where(code => !area.Exclude.Contains(code, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var code in codes)
        {
            var count = random.Between(area.MinHouseholds, area.MaxHouseholds) - stories.Count(s => s.Household.CommunityCode == code);
            for (var i = 0; i < count; i++)
            {
                drafts.Add(NewHousehold(random, area, communities[code], i, ++phoneSerial));
            }
        }
        if (area.ExactMembers is { } members)
        {
            AdjustMembers(random, drafts, members);
        }
        return drafts;
    }

    private static HouseholdDraft NewHousehold(Random random, Areas.Area area, Geography.Place place, int index, int phoneSerial)
    {
        var archetype = random.PickWeighted(area.Mix);
        var (name, female) = People.Name(random, place.SubDistrictName.Contains("畲族", StringComparison.Ordinal));
        var age = random.Between(archetype.MinAge, archetype.MaxAge);
        var address = People.Address(random, place);
        var registeredOn = random.Chance(0.6) && area.RegisteredFrom < area.From
            ? area.RegisteredFrom.AddDays(random.Next(area.From.DayNumber - area.RegisteredFrom.DayNumber))
            : area.From.AddDays(random.Next((area.To.DayNumber - area.From.DayNumber) / 2));
        var birthDate = People.BirthDate(random, age);
        var labels = archetype.Labels.Concat(archetype.ExtraLabels.Where(_ => random.Chance(0.3))).ToList();
        var id = DemoGuid.Household($"{place.Code}#{index}");
        var household = new Household
        {
            Id = id,
            CommunityCode = place.Code,
            Location = HomeIn(random, place),
            MemberCount = random.Between(archetype.MinMembers, archetype.MaxMembers),
            AssistanceStatus = archetype.Status | (random.Chance(0.4) ? archetype.Optional : AssistanceStatus.None),
            RiskLevel = Archetypes.Risk(random, archetype),
            Labels = labels,
            RegisteredAt = At(registeredOn, random),
            Personal = new HouseholdPersonalData
            {
                HouseholdId = id,
                HeadName = name,
                Phone = People.Phone(phoneSerial),
                IdNumber = People.IdNumber(random, place.Code, birthDate, female),
                Address = address,
            },
        };
        return new HouseholdDraft(household, archetype, name, age, address, area, IsStory: false);
    }

    /// <summary>Brings the members to the reported head count by growing or shrinking families (never people living alone).</summary>
    private static void AdjustMembers(Random random, List<HouseholdDraft> drafts, int target)
    {
        var families = drafts.Where(d => !d.IsStory && d.Archetype.MaxMembers > 1).ToList();
        var difference = target - drafts.Sum(d => d.Household.MemberCount);
        for (var guard = 0; difference != 0 && guard < 100_000; guard++)
        {
            var household = random.Pick(families).Household;
            if (difference > 0 && household.MemberCount < 6)
            {
                household.MemberCount++;
                difference--;
            }
            else if (difference < 0 && household.MemberCount > 2)
            {
                household.MemberCount--;
                difference++;
            }
        }
    }

    public static List<NeedDraft> Needs(Random random, Areas.Area area, List<HouseholdDraft> households, IReadOnlyList<NeedDraft> storyNeeds)
    {
        var generated = households.Where(h => !h.IsStory).ToList();
        var counts = generated.ToDictionary(h => h, h => area.ExactNeeds is null ? random.Between(area.MinNeeds, area.MaxNeeds) : 1);
        if (area.ExactNeeds is { } exact)
        {
            var extra = exact - storyNeeds.Count - generated.Count;
            for (var guard = 0; extra > 0 && guard < 100_000; guard++)
            {
                var household = random.Pick(generated);
                if (counts[household] < Math.Min(area.MaxNeeds, household.Archetype.Categories.Length))
                {
                    counts[household]++;
                    extra--;
                }
            }
        }
        var needs = new List<NeedDraft>(storyNeeds);
        foreach (var household in generated)
        {
            var categories = household.Archetype.Categories.OrderBy(_ => random.Next()).Take(counts[household]).ToList();
            for (var i = 0; i < categories.Count; i++)
            {
                needs.Add(NewNeed(random, area, household, i, categories[i]));
            }
        }
        return needs;
    }

    private static NeedDraft NewNeed(Random random, Areas.Area area, HouseholdDraft household, int index, string category)
    {
        var template = random.Pick(NeedTemplates.For(category, household.HeadAge, household.Household.MemberCount));
        var registered = household.Household.RegisteredAt;
        var earliest = ChinaTime.Day(registered);
        if (earliest < area.From)
        {
            earliest = area.From;
        }
        // Home visits that register a household usually bring out its needs the same day.
        var reportedOn = random.Chance(0.5) ? earliest : earliest.AddDays(random.Next(Math.Max(1, area.To.DayNumber - earliest.DayNumber)));
        var reportedAt = At(reportedOn, random);
        if (reportedAt < registered)
        {
            reportedAt = registered.AddMinutes(random.Between(20, 120));
        }
        var urgency = Adjust(random, template.Urgency, household.Household.RiskLevel);
        int? quantity = template.MinQuantity is { } min ? random.Between(min, template.MaxQuantity ?? min) : null;
        return new NeedDraft
        {
            Household = household,
            Index = index,
            Category = category,
            Summary = template.Summary,
            Detail = NeedTemplates.Fill(template.Detail, household.HeadName, household.HeadAge, household.Address),
            Quantity = quantity,
            Recurring = template.Recurring,
            Urgency = urgency,
            ReportedAt = reportedAt,
            DueDate = DueDate(random, reportedAt, urgency, template.Recurring),
        };
    }

    private static Urgency Adjust(Random random, Urgency urgency, RiskLevel risk) => risk switch
    {
        RiskLevel.High when urgency < Urgency.Critical && random.Chance(0.3) => urgency + 1,
        RiskLevel.Low when urgency > Urgency.Low && random.Chance(0.2) => urgency - 1,
        _ => urgency,
    };

    /// <summary>A home within 300 m of the community's centre, and inside its square.</summary>
    public static Point HomeIn(Random random, Geography.Place place) =>
        DemoGeo.Scatter(random, place.Centroid, Math.Min(300, place.HalfSideMetres * 0.85));

    /// <summary>Sooner the more urgent; none for a recurring need (see <see cref="NeedDraft.DueDate"/>), and then nothing is drawn.</summary>
    public static DateOnly? DueDate(Random random, DateTimeOffset reportedAt, Urgency urgency, bool recurring)
    {
        if (recurring)
        {
            return null;
        }
        var days = urgency switch
        {
            Urgency.Critical => random.Between(3, 7),
            Urgency.High => random.Between(7, 15),
            Urgency.Normal => random.Between(15, 30),
            _ => random.Between(30, 60),
        };
        return ChinaTime.Day(reportedAt).AddDays(days);
    }

    /// <summary>A working-hours instant of a Chinese calendar day (08:30 to 17:30), in UTC.</summary>
    public static DateTimeOffset At(DateOnly day, Random random) =>
        ChinaTime.At(day, new TimeOnly(8, 30)).AddMinutes(random.Next(9 * 60));
}
