namespace Dicta.Model;

/// <summary>What kind of source a speaker is.</summary>
public enum SpeakerKind
{
    /// <summary>A person: "Vladimir Putin".</summary>
    Person,

    /// <summary>An organization, a government body or a country speaking as one: "the Kremlin", "Taiwan's foreign ministry".</summary>
    Organization,

    /// <summary>A news outlet or agency: "CCTV", "the Global Times".</summary>
    Outlet,

    /// <summary>Several sources speaking as one: "Putin and Xi", "the two leaders".</summary>
    Group,
}
