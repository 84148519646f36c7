namespace Marketplace.Core.Common;

/// <summary>The rule every capacity follows when its owner changes it: never below what is already taken.</summary>
public static class Capacity
{
    /// <summary>How much of <paramref name="total"/> is taken; CAPACITY_EXCEEDED when <paramref name="newTotal"/> is less.</summary>
    public static int EnsureCovers(int newTotal, int total, int remaining, Func<int, string> tooLow)
    {
        var taken = total - remaining;
        if (newTotal < taken) throw new CapacityExceededException(tooLow(taken));
        return taken;
    }
}
