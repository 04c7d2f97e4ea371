namespace Dicta.Extraction.Tests.Reliability;

/// <summary>Well-formed articles with statements, loaded beside a bad input to show that the bad one harms no other.</summary>
internal static class Articles
{
    public const string First =
        "Talks in Moscow\n\nMOSCOW, Sept 15 (Reuters) - President Vladimir Putin told Xi Jinping on Thursday that \u201Cthe world is changing fast.\u201D\n\n" +
        "Xi said China was ready to work with Russia on energy and trade.\n";

    public const string Second =
        "Summit ends\n\nBEIJING (AP) - \u201CWe will stand together,\u201D Foreign Minister Wang Yi said on Friday.\n\n" +
        "According to the ministry, the talks covered Taiwan and Ukraine.\n";

    /// <summary>The good articles by file name.</summary>
    public static IReadOnlyList<(string Name, string Text)> Good { get; } = [("first.txt", First), ("second.txt", Second)];
}
