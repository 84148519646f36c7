using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Core.Commands;

/// <summary>What a command works with: its transaction's context, who acts, and the one "now" of the command.</summary>
public sealed class CommandContext(MarketplaceDbContext db, Viewer viewer, DateTimeOffset now, IServiceProvider services)
{
    public MarketplaceDbContext Db { get; } = db;
    public Viewer Viewer { get; } = viewer;
    public DateTimeOffset Now { get; } = now;

    /// <summary>
    /// The row, locked until the command ends: two people acting on it are served one after the
    /// other. <paramref name="what"/> names it in the NOT_FOUND message.
    /// </summary>
    public async Task<T> LockAsync<T>(Guid id, string what) where T : class
    {
        var table = Db.Model.FindEntityType(typeof(T))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
        // The table name comes from the model, never from input; the id is a parameter.
#pragma warning disable EF1003
        var rows = await Db.Set<T>().FromSqlRaw("SELECT *, xmin FROM " + table + " WHERE id = {0} FOR UPDATE", id).ToListAsync();
#pragma warning restore EF1003
        return rows.SingleOrDefault() ?? throw new NotFoundException(what, id.ToString());
    }

    /// <summary>
    /// Tells the features that react to <typeparamref name="TChange"/> (see <see cref="ICommandReaction{TChange}"/>),
    /// one after the other, in this command's transaction.
    /// </summary>
    public async Task AnnounceAsync<TChange>(TChange change, CancellationToken cancellationToken)
    {
        foreach (var reaction in services.GetServices<ICommandReaction<TChange>>())
        {
            await reaction.ReactAsync(this, change, cancellationToken);
        }
    }
}
