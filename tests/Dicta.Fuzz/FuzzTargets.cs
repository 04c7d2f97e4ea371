namespace Dicta.Fuzz;

/// <summary>The fuzz targets by name: each takes one input and throws when it finds a crash or a broken invariant.</summary>
internal static class FuzzTargets
{
    /// <summary>The names fuzz.sh and the command line accept.</summary>
    public static IReadOnlyList<string> Names { get; } = ["query", "article"];

    /// <summary>The target called <paramref name="name"/>, or null.</summary>
    public static Action<byte[]>? Find(string name) => name switch
    {
        "query" => QueryTarget.Run,
        "article" => ArticleTarget.Run,
        _ => null,
    };
}
