using Npgsql;

namespace Marketplace.Core.Commands;

/// <summary>
/// Runs one command: one transaction, so that a refused command leaves no row changed; the
/// idempotency key taken first, so that a retry waits for the first attempt and gets its result;
/// concurrency failures turned into CONFLICT.
/// </summary>
public sealed class CommandRunner(IDbContextFactory<MarketplaceDbContext> dbFactory, TimeProvider clock, IServiceProvider services)
{
    public const int MaxKeyLength = 100;

    /// <summary>How long a key holds its result: a retry within it is answered the first result; after it, the key is free again.</summary>
    public static readonly TimeSpan KeyRetention = TimeSpan.FromHours(24);

    public async Task<Guid> RunAsync(
        Viewer viewer, string operation, string? idempotencyKey, Func<CommandContext, Task<Guid>> command, CancellationToken cancellationToken) =>
        (await RunAllAsync(viewer, operation, idempotencyKey, async c => [await command(c)], cancellationToken))[0];

    /// <summary>A command that makes several entities (applyAllocation): a retry gets them all.</summary>
    public async Task<IReadOnlyList<Guid>> RunAllAsync(
        Viewer viewer, string operation, string? idempotencyKey, Func<CommandContext, Task<IReadOnlyList<Guid>>> command, CancellationToken cancellationToken)
    {
        if (idempotencyKey is { Length: 0 or > MaxKeyLength })
        {
            throw new ValidationException($"An idempotency key has 1 to {MaxKeyLength} characters.", "idempotencyKey");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (idempotencyKey is not null && await PreviousResultAsync(db, viewer, operation, idempotencyKey, cancellationToken) is { } previous)
            {
                return previous;
            }

            var results = await command(new CommandContext(db, viewer, clock.GetUtcNow(), services));
            if (results.Count == 0) throw new InvalidOperationException($"{operation} made nothing: a command has at least one result.");
            await db.SaveChangesAsync(cancellationToken);
            if (idempotencyKey is not null)
            {
                Guid[]? all = results.Count > 1 ? [.. results] : null;
                await db.IdempotencyRecords.Where(r => r.Actor == viewer.Login && r.Key == idempotencyKey)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.ResultId, results[0]).SetProperty(r => r.ResultIds, all), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || IsRace(e))
        {
            throw new ConflictException("Someone changed this at the same moment; reload it and try again.");
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.CheckViolation } check
            && check.ConstraintName == "ck_resources_remaining_within_quantity")
        {
            throw new CapacityExceededException("The resource has no capacity left for this.");
        }
    }

    /// <summary>
    /// A deadlock, a serialization failure or a unique key taken at the same moment (two approvals
    /// naming one login, two admins creating one category), anywhere in the chain (EF and Npgsql
    /// wrap them). Commands check uniqueness first, with a message of their own; only a race gets past.
    /// </summary>
    private static bool IsRace(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException
                {
                    SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation,
                })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Takes the key, or returns the result recorded under it. The insert waits on a concurrent
    /// attempt with the same key until that one commits or rolls back.
    /// </summary>
    private async Task<IReadOnlyList<Guid>?> PreviousResultAsync(MarketplaceDbContext db, Viewer viewer, string operation, string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = now - KeyRetention;
        var hash = IdempotentRequest.Fingerprint;
        // A key older than the retention is free again: taken over as if new.
        var taken = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotency_records (actor, key, operation, request_hash, created_at) VALUES ({viewer.Login}, {key}, {operation}, {hash}, {now})
            ON CONFLICT (actor, key) DO UPDATE SET operation = excluded.operation, request_hash = excluded.request_hash,
                created_at = excluded.created_at, result_id = NULL, result_ids = NULL
            WHERE idempotency_records.created_at < {expired}
            """,
            cancellationToken);
        if (taken == 1) return null;

        var record = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Actor == viewer.Login && r.Key == key, cancellationToken);
        if (record.Operation != operation || (record.RequestHash is not null && hash is not null && record.RequestHash != hash))
        {
            throw new IdempotencyKeyReusedException(record.Operation != operation
                ? $"This idempotency key was already used for {record.Operation}; use a new key for a new request."
                : $"This idempotency key was already used for {operation} with other arguments; use a new key for a new request.");
        }
        var first = record.ResultId ?? throw new ConflictException("The first request with this idempotency key did not finish; send it again with a new key.");
        return record.ResultIds ?? [first];
    }

    /// <summary>Removes the keys past their retention; run now and then by the host.</summary>
    public async Task<int> PruneKeysAsync(CancellationToken cancellationToken)
    {
        var expired = clock.GetUtcNow() - KeyRetention;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
    }
}
