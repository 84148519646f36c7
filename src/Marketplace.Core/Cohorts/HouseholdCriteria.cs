using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Labels;
using Marketplace.Core.Needs;

namespace Marketplace.Core.Cohorts;

/// <summary>A <see cref="HouseholdFilter"/> checked and turned into SQL conditions on households (the region aside).</summary>
internal sealed class HouseholdCriteria
{
    public const int MaxLabels = 20;
    private const int MaxAge = 150;

    private readonly HouseholdFilter _filter;
    private readonly DateOnly? _bornOnOrBefore;
    private readonly DateOnly? _bornOnOrAfter;

    private HouseholdCriteria(HouseholdFilter filter, DateOnly today)
    {
        _filter = filter;
        // Aged at least n today: born on or before this day n years ago; at most n: born after the day n + 1 years ago.
        _bornOnOrBefore = filter.MemberAgeFrom is { } from ? today.AddYears(-from) : null;
        _bornOnOrAfter = filter.MemberAgeTo is { } to ? today.AddYears(-(to + 1)).AddDays(1) : null;
    }

    /// <summary>The criteria, or a VALIDATION error naming the part to change; label codes must be of the vocabulary (retired ones too: old files keep them).</summary>
    public static async Task<HouseholdCriteria> ValidatedAsync(
        HouseholdFilter filter, DateOnly today, IDbContextFactory<MarketplaceDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (filter.MemberAgeFrom is < 0 or > MaxAge) throw new ValidationException($"'memberAgeFrom' is 0 to {MaxAge}; got {filter.MemberAgeFrom}.", "memberAgeFrom");
        if (filter.MemberAgeTo is < 0 or > MaxAge) throw new ValidationException($"'memberAgeTo' is 0 to {MaxAge}; got {filter.MemberAgeTo}.", "memberAgeTo");
        if (filter.MemberAgeFrom > filter.MemberAgeTo) throw new ValidationException("'memberAgeFrom' is above 'memberAgeTo': no one is that age.", "memberAgeTo");
        if (filter.DisabilityGradeAtMost is < 1 or > 4) throw new ValidationException($"A disability grade is 1 (most severe) to 4; got {filter.DisabilityGradeAtMost}.", "disabilityGradeAtMost");
        var labels = (filter.LabelsAll ?? []).Select(l => ("labelsAll", l)).Concat((filter.LabelsAny ?? []).Select(l => ("labelsAny", l))).ToList();
        if (labels.Count > MaxLabels) throw new ValidationException($"At most {MaxLabels} labels in one search; got {labels.Count}.", labels[^1].Item1);
        if (labels.Count > 0)
        {
            var codes = labels.Select(l => l.Item2).Distinct().ToList();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var known = await db.Labels.AsNoTracking().Where(l => codes.Contains(l.Code)).Select(l => l.Code).ToListAsync(cancellationToken);
            if (labels.FirstOrDefault(l => !known.Contains(l.Item2)) is ({ } field, { } unknown))
            {
                throw new ValidationException($"'{unknown}' is not a label of the vocabulary; the labels query lists them.", field);
            }
        }
        return new HouseholdCriteria(filter, today);
    }

    /// <summary>
    /// The conditions on <paramref name="households"/>. Labels are matched in one of two ways, by the
    /// breadth of the search. Over a district or more (<paramref name="narrow"/> false), from the label
    /// to the households: the GIN indexes of households' and members' labels, as a union of the two
    /// lookups. Within a sub-district or a community, about 2,000 households, from each household to
    /// its labels and its members' (the index on members' household): measured on 200,000 households
    /// and 600,000 members, a common label with two other filters over a sub-district took 4 ms this way
    /// and 90 ms the other (the lookup is city-wide whatever the region), and over the district 1.1 s
    /// this way and 0.3 s the other.
    /// </summary>
    public IQueryable<Household> Apply(MarketplaceDbContext db, IQueryable<Household> households, bool narrow)
    {
        var filter = _filter;
        if (!filter.IncludeMerged) households = households.Where(h => h.MergedIntoId == null);
        if (filter.AssistanceStatuses is { Count: > 0 } statuses)
        {
            var any = statuses.Aggregate(AssistanceStatus.None, (all, s) => all | s);
            households = households.Where(h => (h.AssistanceStatus & any) != AssistanceStatus.None);
        }
        if (filter.RiskLevels is { Count: > 0 } levels) households = households.Where(h => levels.Contains(h.RiskLevel));
        foreach (var code in filter.LabelsAll?.Distinct() ?? [])
        {
            households = WithLabels(db, households, [code], narrow);
        }
        if (filter.LabelsAny is { Count: > 0 } anyOf)
        {
            households = WithLabels(db, households, [.. anyOf.Distinct()], narrow);
        }
        if (filter.HasMemberCriteria)
        {
            var members = Members(db);
            households = households.Where(h => members.Any(m => m.HouseholdId == h.Id));
        }
        if (filter.HasOpenNeeds is { } hasOpen)
        {
            var open = NeedStatuses.Open;
            // Inside the expression the context's Set, not its extension property, which expression trees cannot hold.
            var needs = db.Set<Need>();
            households = households.Where(h => needs.Any(n => n.HouseholdId == h.Id && open.Contains(n.Status)) == hasOpen);
        }
        if (filter.NotVisitedSince is { } since)
        {
            var start = ReportingCalendar.StartOf(since);
            households = households.Where(h => h.LastVisitedAt == null || h.LastVisitedAt < start);
        }
        return households;
    }

    /// <summary>
    /// Households carrying one of the codes themselves or through an active member (array overlap).
    /// Broad: a union of two GIN lookups, which an OR inside one scan of households could not use.
    /// </summary>
    private static IQueryable<Household> WithLabels(MarketplaceDbContext db, IQueryable<Household> households, string[] codes, bool narrow)
    {
        var members = db.HouseholdMembers.Where(m => m.RemovedAt == null && m.Labels.Any(l => codes.Contains(l)));
        if (narrow) return households.Where(h => h.Labels.Any(l => codes.Contains(l)) || members.Any(m => m.HouseholdId == h.Id));
        var labelled = db.Households.Where(h => h.Labels.Any(l => codes.Contains(l))).Select(h => h.Id).Union(members.Select(m => m.HouseholdId));
        return households.Where(h => labelled.Contains(h.Id));
    }

    /// <summary>The active members meeting every member part at once.</summary>
    private IQueryable<HouseholdMember> Members(MarketplaceDbContext db)
    {
        var members = db.HouseholdMembers.Where(m => m.RemovedAt == null);
        if (_bornOnOrBefore is { } latest) members = members.Where(m => m.BirthDate <= latest);
        if (_bornOnOrAfter is { } earliest) members = members.Where(m => m.BirthDate >= earliest);
        if (_filter.DisabilityGradeAtMost is { } grade) members = members.Where(m => m.DisabilityGrade <= grade);
        if (_filter.SchoolStages is { Count: > 0 } stages) members = members.Where(m => m.SchoolStage != null && stages.Contains(m.SchoolStage.Value));
        if (_filter.FinalYear is { } finalYear) members = members.Where(m => m.InFinalYear == finalYear);
        return members;
    }
}
