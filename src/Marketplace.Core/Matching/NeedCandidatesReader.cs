using System.Runtime.CompilerServices;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Marketplace.Core.Matching;

/// <summary>
/// Reads what a need's suggestions are ranked from in one round trip: <see cref="SuggestionSql"/>'s
/// two statements as one Npgsql batch, their rows made into entities here. suggestMatches is the
/// API's busiest read, and through EF Core it cost two round trips, each a wake-up of the server's
/// backend, and EF's query pipeline around the nearest-resources statement, which it cannot compile
/// (dotnet/efcore#34374). In one batch a request costs the API about 40 % less CPU and PostgreSQL
/// 15–20 % less (figures in the README, "Benchmarks"). EF Core's interceptors do not see this
/// batch; Npgsql's tracing does. A test compares every property read here with EF Core's own
/// reading of the row.
/// </summary>
internal static class NeedCandidatesReader
{
    public sealed record Found(Need Need, RiskLevel RiskLevel, List<CharityProject> Projects, List<NearResource> Resources);

    public sealed record NearResource(Resource Resource, double DistanceMeters);

    /// <summary>Null when there is no such need.</summary>
    public static Task<Found?> ReadAsync(
        MarketplaceDbContext db, Guid needId, DateOnly today, double radiusMeters, int resourceLimit, CancellationToken cancellationToken) =>
        RawSql.OnConnectionAsync(db, async connection =>
        {
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand(SuggestionSql.NeedInContext) { Parameters = { new() { Value = needId }, new() { Value = today } } },
                    new NpgsqlBatchCommand(SuggestionSql.NearestResources)
                    {
                        Parameters = { new() { Value = needId }, new() { Value = today }, new() { Value = radiusMeters }, new() { Value = resourceLimit } },
                    },
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            Need? need = null;
            var risk = default(RiskLevel);
            var firstProjectColumn = 0;
            var projects = new List<CharityProject>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new Columns(reader, firstProjectColumn);
                if (need is null)
                {
                    // The need and its household's risk repeat on every project's row: made once.
                    need = ReadNeed(ref row);
                    risk = (RiskLevel)row.Short();
                    firstProjectColumn = row.Position;
                }
                if (!row.TakeNull()) projects.Add(ReadProject(ref row));
            }
            await reader.NextResultAsync(cancellationToken);
            var resources = new List<NearResource>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new Columns(reader, 0);
                resources.Add(new NearResource(ReadResource(ref row), row.Double()));
            }
            return need is null ? null : new Found(need, risk, projects, resources);
        }, cancellationToken);

    private static Need ReadNeed(ref Columns row)
    {
        var need = new Need
        {
            Id = row.Guid(), HouseholdId = row.Guid(), CategoryCode = row.String(), RegionCode = row.String(), Location = row.Point(),
            PublicSummary = row.String(), PrivateDescription = row.StringOrNull(), Quantity = row.IntOrNull(), Unit = row.StringOrNull(),
            Urgency = (Urgency)row.Short(), DueDate = row.DateOrNull(), IsRecurring = row.Bool(), Status = row.Enum<NeedStatus>(),
            ReportedAt = row.Time(), VerifiedAt = row.TimeOrNull(), LastActivityAt = row.Time(), ReportedBy = row.String(),
            ClaimedBy = row.StringOrNull(), ClaimedAt = row.TimeOrNull(), ClearedAt = row.TimeOrNull(), ClearanceNote = row.StringOrNull(),
            CancellationReason = row.StringOrNull(),
        };
        SetVersion(need, row.Xid());
        return need;
    }

    private static CharityProject ReadProject(ref Columns row)
    {
        var project = new CharityProject
        {
            Id = row.Guid(), OrganisationId = row.Guid(), Name = row.String(), Description = row.StringOrNull(), CategoryCodes = row.Strings(),
            CapacityHouseholds = row.Int(), RemainingCapacity = row.Int(), StartsOn = row.Date(), EndsOn = row.DateOrNull(),
            Status = row.Enum<CharityProjectStatus>(), FundedBy = row.StringOrNull(),
        };
        SetVersion(project, row.Xid());
        return project;
    }

    private static Resource ReadResource(ref Columns row)
    {
        var resource = new Resource
        {
            Id = row.Guid(), OrganisationId = row.Guid(), CategoryCode = row.String(), Kind = row.Enum<ResourceKind>(), Title = row.String(),
            Description = row.StringOrNull(), Quantity = row.Int(), Unit = row.String(), RemainingCapacity = row.Int(), Location = row.Point(),
            ServiceRadiusMeters = row.Double(), AvailableFrom = row.DateOrNull(), AvailableUntil = row.DateOrNull(),
            Status = row.Enum<ResourceStatus>(), PostedAt = row.Time(),
        };
        SetVersion(resource, row.Xid());
        return resource;
    }

    // Version (PostgreSQL's xmin) is set by EF Core alone elsewhere, hence its private setter.
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Version")]
    private static extern void SetVersion(Need need, uint version);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Version")]
    private static extern void SetVersion(CharityProject project, uint version);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Version")]
    private static extern void SetVersion(Resource resource, uint version);

    /// <summary>A row's columns taken in order from the first given, as the statements list them; enums are stored by name, as EF Core stores them.</summary>
    private struct Columns(NpgsqlDataReader reader, int first)
    {
        private int _next = first;

        public readonly int Position => _next;

        public Guid Guid() => reader.GetGuid(_next++);
        public string String() => reader.GetString(_next++);
        public string? StringOrNull() => TakeNull() ? null : String();
        public List<string> Strings() => reader.GetFieldValue<List<string>>(_next++);
        public short Short() => reader.GetInt16(_next++);
        public int Int() => reader.GetInt32(_next++);
        public int? IntOrNull() => TakeNull() ? null : Int();
        public double Double() => reader.GetDouble(_next++);
        public bool Bool() => reader.GetBoolean(_next++);
        public uint Xid() => reader.GetFieldValue<uint>(_next++);
        public Point Point() => reader.GetFieldValue<Point>(_next++);
        public DateOnly Date() => reader.GetFieldValue<DateOnly>(_next++);
        public DateOnly? DateOrNull() => TakeNull() ? null : Date();
        public DateTimeOffset Time() => reader.GetFieldValue<DateTimeOffset>(_next++);
        public DateTimeOffset? TimeOrNull() => TakeNull() ? null : Time();
        public T Enum<T>() where T : struct, Enum => System.Enum.Parse<T>(String());

        /// <summary>Whether the next column is null; if it is, it is taken.</summary>
        public bool TakeNull()
        {
            if (!reader.IsDBNull(_next)) return false;
            _next++;
            return true;
        }
    }
}
