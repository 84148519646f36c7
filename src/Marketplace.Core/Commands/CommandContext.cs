using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
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
        var entity = Db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()?.Properties is [var single] ? single.GetColumnName(table)! : throw new InvalidOperationException($"{typeof(T).Name} has no key of one column.");
        var sql = Db.GetService<ISqlGenerationHelper>();
        // Names from the model, quoted; the id is a parameter.
#pragma warning disable EF1002
        var rows = await Db.Set<T>()
            .FromSqlRaw($"SELECT *, xmin FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {sql.DelimitIdentifier(key)} = {{0}} FOR UPDATE", id)
            .ToListAsync();
#pragma warning restore EF1002
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
