using Marketplace.Core.Common;
using Marketplace.Core.Data;
using Marketplace.Core.Identity;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Core.Commands;

/// <summary>What a command works with: its transaction's context, who acts, and the one "now" of the command.</summary>
public sealed class CommandContext(MarketplaceDbContext db, Viewer viewer, DateTimeOffset now)
{
    public MarketplaceDbContext Db { get; } = db;
    public Viewer Viewer { get; } = viewer;
    public DateTimeOffset Now { get; } = now;

    /// <summary>The need, locked until the command ends: two people acting on it are served one after the other.</summary>
    public async Task<Need> LockNeedAsync(Guid id) =>
        (await Db.Needs.FromSql($"SELECT *, xmin FROM needs WHERE id = {id} FOR UPDATE").ToListAsync()).SingleOrDefault()
        ?? throw new NotFoundException("Need", id.ToString());

    public async Task<Resource> LockResourceAsync(Guid id) =>
        (await Db.Resources.FromSql($"SELECT *, xmin FROM resources WHERE id = {id} FOR UPDATE").ToListAsync()).SingleOrDefault()
        ?? throw new NotFoundException("Resource", id.ToString());

    public async Task<Match> LockMatchAsync(Guid id) =>
        (await Db.Matches.FromSql($"SELECT *, xmin FROM matches WHERE id = {id} FOR UPDATE").ToListAsync()).SingleOrDefault()
        ?? throw new NotFoundException("Match", id.ToString());

    public async Task<CharityProject> LockProjectAsync(Guid id) =>
        (await Db.CharityProjects.FromSql($"SELECT *, xmin FROM charity_projects WHERE id = {id} FOR UPDATE").ToListAsync()).SingleOrDefault()
        ?? throw new NotFoundException("Charity project", id.ToString());

    /// <summary>Writes the timeline entry of a change, in the same transaction as the change.</summary>
    public void Record(Need need, NeedEventKind kind, NeedStatus? from, string? note = null, Guid? matchId = null)
    {
        need.LastActivityAt = Now;
        Db.NeedEvents.Add(new NeedEvent
        {
            NeedId = need.Id,
            Kind = kind,
            At = Now,
            Actor = Viewer.Login,
            FromStatus = from,
            ToStatus = from is null ? null : need.Status,
            Note = note,
            MatchId = matchId,
        });
    }
}
