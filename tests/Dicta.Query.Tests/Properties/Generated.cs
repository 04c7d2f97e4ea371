using System.Collections.Immutable;
using Dicta.Query.Testing;

namespace Dicta.Query.Tests.Properties;

/// <summary>The options the properties share: the defaults, with parameters of every type the binder takes.</summary>
internal static class Generated
{
    public static ImmutableDictionary<string, object?> Parameters { get; } = new Dictionary<string, object?>
    {
        ["who"] = "Putin",
        ["since"] = new DateOnly(2022, 9, 15),
        ["n"] = 2,
        ["flag"] = true,
        ["word"] = "world",
    }.ToImmutableDictionary();

    public static QueryGenerationOptions Options { get; } = QueryGenerationOptions.Default with { Parameters = Parameters };
}
