namespace Dicta.Extraction.Tests.Reliability;

/// <summary>The ways a user hands articles to Dicta.</summary>
public enum EntryPoint
{
    /// <summary>A directory, searched for *.txt files.</summary>
    Directory,

    /// <summary>Each file's path given on its own.</summary>
    Files,

    /// <summary>The bytes in memory (<c>ArticleInput.FromBytes</c>).</summary>
    Bytes,

    /// <summary>One JSON Lines file with a record per article (text inputs only: JSON holds text, not bytes).</summary>
    JsonLines,

    /// <summary>The text in memory (<c>ArticleInput.FromText</c>; text inputs only).</summary>
    Text,
}
