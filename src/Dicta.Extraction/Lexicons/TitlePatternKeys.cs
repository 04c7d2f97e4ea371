using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>The keys of a gazetteer's <see cref="Gazetteer.TitlePatterns"/> and the placeholders their patterns may use.</summary>
public static class TitlePatternKeys
{
    /// <summary>Patterns for every office with a title and a country: "{adjective} {title}", "{title} of {country}".</summary>
    public const string Office = "office";

    /// <summary>Patterns for an office whose holder is the country's leader: "{adjective} leader".</summary>
    public const string Leader = "leader";

    /// <summary>Patterns for a head of state: "{country}'s head of state".</summary>
    public const string HeadOfState = "headOfState";

    /// <summary>Patterns for a head of government: "{adjective} head of government".</summary>
    public const string HeadOfGovernment = "headOfGovernment";

    /// <summary>Every key, in the order the file documents them.</summary>
    public static ImmutableArray<string> All { get; } = [Office, Leader, HeadOfState, HeadOfGovernment];

    /// <summary>The placeholders title patterns may use.</summary>
    public static ImmutableArray<string> Placeholders { get; } = ["title", "country", "adjective"];
}
