using System.Globalization;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;

namespace Marketplace.DemoData;

/// <summary>
/// Plays a need's life out up to its assigned status: the timeline events, the matches, and the
/// need's own fields, all consistent with each other. Where no provider fits, a need that was to
/// be matched stays claimed, and one that was to be cleared is cleared by the community itself.
/// </summary>
internal sealed class NeedLifecycle(Random random, DateTimeOffset now, Providers providers)
{
    public List<Need> Needs { get; } = [];
    public List<NeedEvent> Events { get; } = [];
    public List<Match> Matches { get; } = [];

    public void Play(NeedDraft draft)
    {
        var status = draft.Status ?? throw new InvalidOperationException("Assign statuses first.");
        var staff = draft.Household.Area.Staff;
        var claimer = random.Pick(staff.Claimers);
        var reassignTo = staff.Officer is not null && random.Chance(0.04) ? staff.Claimers.FirstOrDefault(c => c != claimer) : null;
        var wantsMatch = (status is NeedStatus.Matched or NeedStatus.InService or NeedStatus.Cleared) && !draft.WithoutMatch;
        var declineFirst = wantsMatch && draft.Provider is null && random.Chance(0.06);

        var plan = Plan(status, wantsMatch, declineFirst, reassignTo is not null);
        var times = NeedTimeline.Times(now, draft.ReportedAt, plan);
        List<Providers.Candidate> chosen = [];
        if (wantsMatch)
        {
            chosen = ChooseProviders(draft, plan, times, declineFirst);
            if (chosen.Count == 0)
            {
                // Nothing on the platform fits: the community solves it (cleared) or it waits, claimed.
                status = status == NeedStatus.Cleared ? NeedStatus.Cleared : NeedStatus.Claimed;
                plan = Plan(status, false, false, reassignTo is not null);
                times = NeedTimeline.Times(now, draft.ReportedAt, plan);
            }
            else if (declineFirst && chosen.Count == 1)
            {
                // Only one provider fits after all: no declined proposal before it.
                var first = plan.FindIndex(s => s.Kind == NeedEventKind.MatchProposed);
                plan.RemoveRange(first, 2);
                times.RemoveRange(first, 2);
            }
        }
        Record(draft, status, plan, times, chosen, claimer, reassignTo);
    }

    private List<Providers.Candidate> ChooseProviders(NeedDraft draft, List<NeedTimeline.Step> plan, List<DateTimeOffset> times, bool declineFirst)
    {
        var proposals = plan.Select((step, i) => (step, i)).Where(x => x.step.Kind == NeedEventKind.MatchProposed).Select(x => times[x.i]).ToList();
        var first = providers.Find(draft, proposals[0], draft.Provider);
        if (first.Count == 0)
        {
            return [];
        }
        var pick = Providers.Choose(random, first);
        if (!declineFirst)
        {
            return [pick];
        }
        var second = providers.Find(draft, proposals[1], null).Where(c => c != pick).ToList();
        return second.Count == 0 ? [pick] : [pick, Providers.Choose(random, second)];
    }

    private List<NeedTimeline.Step> Plan(NeedStatus status, bool withMatch, bool declineFirst, bool reassigned)
    {
        var steps = new List<NeedTimeline.Step> { new(NeedEventKind.Reported, 0) };
        var verified = status == NeedStatus.Verified || (status != NeedStatus.Reported && random.Chance(0.8));
        if (verified)
        {
            steps.Add(new(NeedEventKind.Verified, random.Between(4.0, 72)));
        }
        if (status == NeedStatus.Cancelled)
        {
            steps.Add(new(NeedEventKind.Cancelled, random.Between(24.0, 240)));
            return steps;
        }
        if (status is NeedStatus.Reported or NeedStatus.Verified)
        {
            return steps;
        }
        steps.Add(new(NeedEventKind.Claimed, random.Between(2.0, 96)));
        if (reassigned)
        {
            steps.Add(new(NeedEventKind.ClaimReassigned, random.Between(24.0, 120)));
        }
        if (!withMatch)
        {
            if (status == NeedStatus.Cleared)
            {
                steps.Add(new(NeedEventKind.Cleared, random.Between(48.0, 720)));
            }
            return steps;
        }
        if (declineFirst)
        {
            steps.Add(new(NeedEventKind.MatchProposed, random.Between(12.0, 120)));
            steps.Add(new(NeedEventKind.MatchDeclined, random.Between(6.0, 72)));
        }
        steps.Add(new(NeedEventKind.MatchProposed, random.Between(12.0, 120)));
        if (status is NeedStatus.InService or NeedStatus.Cleared)
        {
            steps.Add(new(NeedEventKind.MatchAccepted, random.Between(2.0, 72)));
        }
        if (status == NeedStatus.InService && random.Chance(0.4))
        {
            steps.Add(new(NeedEventKind.NoteAdded, random.Between(72.0, 480)));
        }
        if (status == NeedStatus.Cleared)
        {
            steps.Add(new(NeedEventKind.MatchDelivered, random.Between(24.0, 240)));
            steps.Add(new(NeedEventKind.Cleared, random.Between(2.0, 72)));
        }
        return steps;
    }

    private void Record(NeedDraft draft, NeedStatus status, List<NeedTimeline.Step> plan, List<DateTimeOffset> times, List<Providers.Candidate> chosen, string claimer, string? reassignTo)
    {
        var household = draft.Household.Household;
        var staff = draft.Household.Area.Staff;
        var need = new Need
        {
            Id = draft.Id,
            HouseholdId = household.Id,
            CategoryCode = draft.Category,
            RegionCode = household.CommunityCode,
            Location = household.Location,
            PublicSummary = draft.Summary,
            PrivateDescription = draft.Detail,
            Quantity = draft.Quantity,
            Unit = draft.Quantity is null ? null : Categories.UnitOf(draft.Category),
            Urgency = draft.Urgency,
            DueDate = draft.DueDate,
            IsRecurring = draft.Recurring,
            Status = status,
            ReportedAt = draft.ReportedAt,
            ReportedBy = staff.Reporter,
        };
        var current = (NeedStatus?)null;
        var holder = claimer;
        var proposal = 0;
        Match? match = null;
        for (var i = 0; i < plan.Count; i++)
        {
            var at = times[i];
            var candidate = plan[i].Kind == NeedEventKind.MatchProposed ? chosen[proposal] : proposal > 0 ? chosen[proposal - 1] : null;
            var decider = candidate is not null && candidate.OrganisationId == DemoIds.HefeiTelecomBranch ? DemoIds.DonorHefeiTelecom : holder;
            (NeedStatus? to, string actor, string? note) = plan[i].Kind switch
            {
                NeedEventKind.Reported => ((NeedStatus?)NeedStatus.Reported, staff.Reporter, (string?)random.Pick(ReportNotes)),
                NeedEventKind.Verified => (NeedStatus.Verified, staff.Verifier, "入户核实，情况属实。"),
                NeedEventKind.Claimed => (NeedStatus.Claimed, holder, null),
                NeedEventKind.ClaimReassigned => (null, staff.Officer!, $"由 {holder} 改派给 {reassignTo}，均衡工作量。"),
                NeedEventKind.MatchProposed => (NeedStatus.Matched, holder, ProposalNote(candidate!)),
                NeedEventKind.MatchDeclined => (NeedStatus.Claimed, decider, "资源方本期名额已满，婉拒。"),
                NeedEventKind.MatchAccepted => (NeedStatus.InService, decider, decider == holder ? "资源方电话确认接单，社工代为登记。" : "资源方确认接单。"),
                NeedEventKind.NoteAdded => (null, holder, "回访：服务正常进行，户主反馈良好。"),
                NeedEventKind.MatchDelivered => (null, decider, "服务已完成/物资已送达。"),
                NeedEventKind.Cleared => (NeedStatus.Cleared, holder, candidate is null ? NeedTemplates.ClearanceNoteWithoutMatch(draft.Category) : NeedTemplates.ClearanceNote(draft.Category, candidate.Name)),
                NeedEventKind.Cancelled => (NeedStatus.Cancelled, staff.Verifier, random.Pick(CancellationReasons)),
                _ => throw new InvalidOperationException($"Unplanned step {plan[i].Kind}."),
            };
            if (plan[i].Kind == NeedEventKind.MatchProposed)
            {
                match = NewMatch(draft, candidate!, proposal, at, holder);
                proposal++;
            }
            ApplyToMatch(plan[i].Kind, match, candidate, draft, at);
            Events.Add(new NeedEvent
            {
                NeedId = need.Id,
                Kind = plan[i].Kind,
                At = at,
                Actor = actor,
                FromStatus = to is null || plan[i].Kind == NeedEventKind.Reported ? null : current,
                ToStatus = to,
                Note = note,
                MatchId = plan[i].Kind is NeedEventKind.MatchProposed or NeedEventKind.MatchDeclined or NeedEventKind.MatchAccepted or NeedEventKind.MatchDelivered ? match?.Id : null,
            });
            current = to ?? current;
            switch (plan[i].Kind)
            {
                case NeedEventKind.Claimed:
                    need.ClaimedBy = holder;
                    need.ClaimedAt = at;
                    break;
                case NeedEventKind.ClaimReassigned:
                    holder = reassignTo!;
                    need.ClaimedBy = holder;
                    need.ClaimedAt = at;
                    break;
                case NeedEventKind.Cleared:
                    need.ClearedAt = at;
                    need.ClearanceNote = note;
                    break;
                case NeedEventKind.Cancelled:
                    need.CancellationReason = note;
                    break;
                default:
                    break;
            }
        }
        Needs.Add(need);
    }

    private Match NewMatch(NeedDraft draft, Providers.Candidate candidate, int index, DateTimeOffset at, string proposedBy)
    {
        var match = new Match
        {
            Id = DemoGuid.Match(draft.Id, index),
            NeedId = draft.Id,
            ResourceId = candidate.Resource?.Id,
            CharityProjectId = candidate.Project?.Id,
            Quantity = Providers.QuantityFor(candidate, draft),
            Status = MatchStatus.Proposed,
            ProposedAt = at,
            ProposedBy = proposedBy,
        };
        Matches.Add(match);
        return match;
    }

    private void ApplyToMatch(NeedEventKind kind, Match? match, Providers.Candidate? candidate, NeedDraft draft, DateTimeOffset at)
    {
        switch (kind)
        {
            case NeedEventKind.MatchDeclined:
                match!.Status = MatchStatus.Declined;
                match.DecidedAt = at;
                break;
            case NeedEventKind.MatchAccepted:
                match!.Status = MatchStatus.Accepted;
                match.DecidedAt = at;
                providers.Allocate(candidate!, draft);
                break;
            case NeedEventKind.MatchDelivered:
                match!.Status = MatchStatus.Delivered;
                match.DeliveredAt = at;
                break;
            default:
                break;
        }
    }

    private static string ProposalNote(Providers.Candidate candidate) => candidate.DistanceMetres is { } metres
        ? string.Create(CultureInfo.InvariantCulture, $"推荐：{candidate.Name}（距离约{metres:0}米）。")
        : $"转介：公益项目“{candidate.Name}”。";

    private static readonly string[] ReportNotes = ["网格员上门走访发现。", "“七个必访”走访登记。", "部门数据比对主动发现。", "居民本人或家属求助登记。", "楼栋长反映情况后登记。"];

    private static readonly string[] CancellationReasons = ["重复登记，已合并到同户另一条需求。", "经核实不符合条件。", "住户已迁出本社区。", "家属已自行解决，户主撤回。"];
}
