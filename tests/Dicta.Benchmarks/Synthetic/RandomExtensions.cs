namespace Dicta.Benchmarks.Synthetic;

/// <summary>Choices drawn from a seeded <see cref="Random"/>: the only source of variety, so one seed gives one corpus.</summary>
internal static class RandomExtensions
{
    /// <summary>One of <paramref name="items"/>, uniformly.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An index into <paramref name="weights"/>, each drawn in proportion to its weight.</summary>
    public static int Weighted(this Random random, IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = random.Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }
}
