using System.Diagnostics;
using System.Globalization;
using Marketplace.Core.Cohorts;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Duplicates;
using Marketplace.Core.Identity;
using Marketplace.Core.Regions;
using Microsoft.EntityFrameworkCore;
using Marketplace.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Marketplace.Tests.Cohorts;

/// <summary>
/// On a registry of 100,000 households and 200,000 members, the cohort search's label filter is
/// served by the GIN indexes on labels, and the duplicate-suspect scan of a sub-district by the
/// trigram index on heads' names (and in time): plans read with EXPLAIN from the very
/// statements the API runs, never a sequential scan of the large tables.
/// </summary>
public sealed class RegistryPlanTests(RegistryPlanTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<RegistryPlanTests.Fixture>
{
    private static readonly Viewer Admin = new("admin", Role.Admin, null, null);

    [Theory]
    [InlineData(new[] { RegistryFixture.Disabled }, null)]
    [InlineData(null, new[] { RegistryFixture.Disabled })]
    public async Task A_rare_label_is_looked_up_in_the_gin_indexes_of_households_and_members(string[]? all, string[]? any)
    {
        var explain = await ExplainSearchAsync(new HouseholdFilter { RegionCode = RegistryFixture.District, LabelsAll = all, LabelsAny = any });

        Assert.Contains("ix_households_labels", explain, StringComparison.Ordinal);
        Assert.Contains("ix_household_members_labels", explain, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on households", explain, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on household_members", explain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Within_a_sub_district_three_filters_start_from_its_households()
    {
        var filter = new HouseholdFilter { RegionCode = RegistryFixture.S1, LabelsAny = [RegistryFixture.Alone], MemberAgeFrom = 60 };
        var explain = await ExplainSearchAsync(filter);
        var (median, total) = await TimeSearchAsync(filter);
        output.WriteLine($"{total} households; page and count: median {median:F1} ms");

        Assert.Contains("ix_households_community_code", explain, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on households", explain, StringComparison.Ordinal);
        Assert.True(median < 200, $"median {median:F1} ms");
    }

    [Fact]
    public async Task Three_filters_over_the_district_read_no_table_whole()
    {
        var explain = await ExplainSearchAsync(new HouseholdFilter
        {
            RegionCode = RegistryFixture.District,
            AssistanceStatuses = [Core.Households.AssistanceStatus.MinimumLivingAllowance],
            LabelsAny = [RegistryFixture.Disabled],
            MemberAgeFrom = 60,
        });

        Assert.DoesNotContain("Seq Scan on households", explain, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on household_members", explain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_filters_over_the_district_answer_a_page_and_its_count_in_time()
    {
        var filter = new HouseholdFilter
        {
            RegionCode = RegistryFixture.District,
            AssistanceStatuses = [Core.Households.AssistanceStatus.MinimumLivingAllowance, Core.Households.AssistanceStatus.Disability],
            LabelsAny = [RegistryFixture.Alone],
            MemberAgeFrom = 60,
        };
        var (median, total) = await TimeSearchAsync(filter);
        output.WriteLine($"{total} households; page and count: median {median:F1} ms");

        // The target is 50 ms at p95 through the API on 200,000 households (make bench); here only a plan gone wrong fails.
        Assert.True(median < 1000, $"median {median:F1} ms");
        Assert.InRange(total, 1, 100_000);
    }

    [Fact]
    public async Task The_suspect_scan_of_a_sub_district_probes_the_trigram_index_for_names_alike()
    {
        await using var connection = new NpgsqlConnection(fixture.AsTheApiConnects);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var threshold = new NpgsqlCommand(
            $"SELECT set_config('pg_trgm.similarity_threshold', '{DuplicateSuspects.NameThreshold.ToString(CultureInfo.InvariantCulture)}', true)", connection, transaction))
        {
            await threshold.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand("EXPLAIN " + DuplicateSuspects.Sql, connection, transaction);
        var (from, to) = RegionCode.DescendantRange(RegistryFixture.S1);
        command.Parameters.AddWithValue("region_from", from);
        command.Parameters.AddWithValue("region_to", to);
        command.Parameters.AddWithValue("address_threshold", DuplicateSuspects.AddressThreshold);
        command.Parameters.AddWithValue("max_pairs", 100);
        var explain = string.Join('\n', await ReadLinesAsync(command));
        output.WriteLine(explain);

        // Names alike but not equal are probed through the trigram index, never compared with every
        // name on file (the timing test below would notice). Equal names and phones may be one hash
        // join over all names instead of 2,000 probes: at a city's size PostgreSQL rightly finds that
        // cheaper (see DuplicateSuspects), so the plan is not held to index probes there.
        Assert.Contains("ix_household_personal_data_head_name_trgm", explain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_suspect_scan_of_a_sub_district_finds_the_planted_pairs_in_time()
    {
        var contexts = TestDatabases.ContextFactory(fixture.AsTheApiConnects);
        var suspects = new DuplicateSuspects(contexts, new RegionDirectory(contexts));
        var officer = new Viewer("officer", Role.SubDistrictOfficer, RegistryFixture.S1, null);

        var clock = Stopwatch.StartNew();
        var pairs = await suspects.ListAsync(officer, RegistryFixture.S1, DuplicateSuspects.MaxPairs, CancellationToken.None);
        clock.Stop();
        output.WriteLine($"{pairs.Count} pairs in {clock.ElapsedMilliseconds} ms");

        // The target is 2 s on 200,000 households; a shared test machine gets slack, a plan gone wrong does not.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The scan took {clock.ElapsedMilliseconds} ms.");
        Assert.Contains(pairs, p => p.SamePhone);
        Assert.Contains(pairs, p => p.Reasons.Contains(DuplicateReason.SimilarNameAndAddress));
    }

    /// <summary>The plan of the first page, on a connection with the API's session settings (a generic plan, as prepared statements get).</summary>
    private async Task<string> ExplainSearchAsync(HouseholdFilter filter)
    {
        var contexts = TestDatabases.ContextFactory(fixture.AsTheApiConnects);
        var search = new HouseholdSearch(contexts, new RegionDirectory(contexts), TimeProvider.System);
        var plan = await search.PlanAsync(Admin, filter, new PageRequest(20, null), CancellationToken.None);
        await using var db = await contexts.CreateDbContextAsync();
        await using var command = plan.PageQuery(db).CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        var explain = string.Join('\n', lines);
        output.WriteLine(explain);
        return explain;
    }

    /// <summary>The median time of a first page and its total, over ten runs after two to warm up.</summary>
    private async Task<(double MedianMs, int Total)> TimeSearchAsync(HouseholdFilter filter)
    {
        var contexts = TestDatabases.ContextFactory(fixture.AsTheApiConnects);
        var search = new HouseholdSearch(contexts, new RegionDirectory(contexts), TimeProvider.System);
        var times = new List<double>();
        var total = 0;
        for (var run = 0; run < 12; run++)
        {
            var clock = Stopwatch.StartNew();
            var page = await search.SearchAsync(Admin, filter, new PageRequest(20, null), CancellationToken.None);
            total = await page.CountTotalAsync(CancellationToken.None);
            if (run >= 2) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (times.Order().ElementAt(times.Count / 2), total);
    }

    private static async Task<List<string>> ReadLinesAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }

    public sealed class Fixture : RegistryFixture
    {
        /// <summary>With the session settings of the API's connections (Api/Data/DataSetup.cs): no JIT, one generic plan.</summary>
        public string AsTheApiConnects => new NpgsqlConnectionStringBuilder(ConnectionString) { Options = "-c jit=off -c plan_cache_mode=force_generic_plan" }.ConnectionString;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            // 100,000 households, 2 % of them in sub-district S1 (as one sub-district of a city of a
            // hundred), the rest in S2; names from a pool of 1,000 (about a hundred households share
            // each), addresses from 40 streets; 1 household in 10 and 1 member in 10 living alone,
            // 1 in 1,000 of each severely disabled. Two pairs are planted across S1 and S2: one
            // phone, and one name with one address written two ways.
            await using var command = new NpgsqlCommand($"""
                CREATE TEMP TABLE g AS
                SELECT gen_random_uuid() AS id, i,
                       CASE WHEN i % 50 = 0 THEN CASE WHEN i % 100 = 0 THEN '{C1a}' ELSE '{C1b}' END ELSE '{C2}' END AS community
                FROM generate_series(1, 100000) AS i;
                INSERT INTO households (id, community_code, location, member_count, assistance_status, risk_level, labels, registered_at)
                SELECT id, community, ST_SetSRID(ST_MakePoint(101 + random() * 0.1, 41 + random() * 0.1), 4326)::geography, 2,
                       (ARRAY[0, 1, 2, 4, 8, 16, 1 | 8])[1 + i % 7], (i % 3)::smallint,
                       CASE WHEN i % 1000 = 7 THEN ARRAY['{Disabled}'] WHEN i % 10 = 0 THEN ARRAY['{Alone}'] ELSE ARRAY[]::text[] END,
                       now() - random() * interval '900 days'
                FROM g;
                INSERT INTO household_personal_data (household_id, head_name, phone, address)
                SELECT id,
                       (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + i % 20]
                         || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平',
                                   '刚','桂英','建华','建国','建军','淑珍','玉兰','秀兰','志强','海燕','凤英','文','华','红','玲','斌','鹏','辉','丹','萍',
                                   '鑫','浩','宇','颖','琳','晨','欣','博','婷','雪'])[1 + (i / 20) % 50],
                       '139' || lpad(i::text, 8, '0'),
                       '一区' || (ARRAY['人民','解放','建设','和平','中山','长江','黄河','胜利','文化','光明'])[1 + (i / 7) % 10]
                         || (ARRAY['路','街','大道','巷'])[1 + (i / 70) % 4] || (i % 300) || '号' || (i % 17) || '栋' || (i % 601) || '室'
                FROM g;
                INSERT INTO household_members (id, household_id, name, relation, sex, birth_date, disability_grade, in_final_year, lives_alone, labels, added_at)
                SELECT gen_random_uuid(), g.id, '成员', 'Child', 'Female', current_date - (random() * 90 * 365)::int,
                       CASE WHEN (g.i + k) % 50 = 0 THEN (1 + (g.i % 4))::smallint END, (g.i + k) % 40 = 0, false,
                       CASE WHEN (g.i * 2 + k) % 1000 = 3 THEN ARRAY['{Disabled}'] WHEN (g.i + k) % 10 = 0 THEN ARRAY['{Alone}'] ELSE ARRAY[]::text[] END,
                       now()
                FROM g CROSS JOIN generate_series(1, 2) AS k;
                -- The planted pairs: a phone shared by an S1 and an S2 household; a name and an address written two ways.
                UPDATE household_personal_data SET phone = '13900000100' WHERE household_id = (SELECT id FROM g WHERE i = 201);
                UPDATE household_personal_data SET head_name = '欧阳建设', address = '庐阳区县桥社区12栋301室' WHERE household_id = (SELECT id FROM g WHERE i = 300);
                UPDATE household_personal_data SET head_name = '欧阳建设', address = '县桥社区12栋301' WHERE household_id = (SELECT id FROM g WHERE i = 301);
                ANALYZE households; ANALYZE household_personal_data; ANALYZE household_members;
                """, connection);
            command.CommandTimeout = 600;
            await command.ExecuteNonQueryAsync();
        }
    }
}
