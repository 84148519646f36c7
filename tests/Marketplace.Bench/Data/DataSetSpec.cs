namespace Marketplace.Bench.Data;

/// <summary>How big the city is, the seed everything is drawn from, and the day it is generated for.</summary>
internal sealed record DataSetSpec(int Households, int Needs, int Organisations, int Resources, int Projects, int Seed, DateTimeOffset Now)
{
    /// <summary>Sample of ids the measurements pick from, in SQL (pgbench's <c>\set k random(1, n)</c>) and over HTTP alike.</summary>
    public const int SampleSize = 10_000;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    // Dates are relative to the day of the run, not fixed: a resource that expired a year ago
    // would drop out of the suggestions, and the benchmark would measure an emptier city.
    public static DataSetSpec For(BenchOptions options)
    {
        int Scaled(int count) => Math.Max(1, (int)Math.Round(count * options.Scale));
        return new DataSetSpec(
            Households: Scaled(200_000), Needs: Scaled(1_000_000), Organisations: Scaled(2_000),
            Resources: Scaled(100_000), Projects: Scaled(300), Seed: options.Seed,
            Now: new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero));
    }
}

internal static class RandomExtensions
{
    /// <summary>A version-4 GUID drawn from the seeded generator, so ids repeat from run to run.</summary>
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static TimeSpan NextSpan(this Random random, TimeSpan max) => max * random.NextDouble();
}

/// <summary>A weighted choice among a few values.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] choices)
    {
        _values = [.. choices.Select(c => c.Value)];
        _cumulative = new double[choices.Length];
        var sum = 0.0;
        for (var i = 0; i < choices.Length; i++) _cumulative[i] = sum += choices[i].Weight;
    }

    public T Pick(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (target < _cumulative[i]) return _values[i];
        }
        return _values[^1];
    }
}
