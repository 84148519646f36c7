namespace Marketplace.DemoData;

/// <summary>Small conveniences over the one seeded <see cref="Random"/> the seeder passes along.</summary>
internal static class DemoRandom
{
    public const int Seed = 20261122;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Inclusive of both ends.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }
            roll -= weight;
        }
        throw new InvalidOperationException("Weights must be positive.");
    }
}
