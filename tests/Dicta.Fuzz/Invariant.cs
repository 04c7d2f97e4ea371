namespace Dicta.Fuzz;

/// <summary>Checks of what must hold for every input; a broken one throws, which AFL++ records as a crash.</summary>
internal static class Invariant
{
    /// <summary>Throws when <paramref name="holds"/> is false.</summary>
    public static void Require(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException("Invariant broken: " + what);
        }
    }
}
