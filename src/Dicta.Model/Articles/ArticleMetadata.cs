namespace Dicta.Model;

/// <summary>What is known about an article besides its text: from front matter, a JSON Lines record or the text itself.</summary>
/// <param name="Title">The headline, if any.</param>
/// <param name="Outlet">The publisher: "Sputnik International", "CNSNews.com".</param>
/// <param name="Published">When it was published, if known.</param>
/// <param name="Dateline">The place the dateline gives: "SAMARKAND, UZBEKISTAN".</param>
/// <param name="Url">Where it was published, if known.</param>
/// <param name="FileName">The file (or JSON Lines record) it was read from.</param>
public sealed record ArticleMetadata(
    string? Title = null,
    string? Outlet = null,
    DateTimeOffset? Published = null,
    string? Dateline = null,
    string? Url = null,
    string? FileName = null)
{
    /// <summary>Metadata that knows nothing.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>
    /// Fills what this metadata lacks from <paramref name="fallback"/>: front matter overrides what the
    /// text says, and the text fills what front matter leaves out.
    /// </summary>
    public ArticleMetadata Or(ArticleMetadata fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new ArticleMetadata(
            Title ?? fallback.Title,
            Outlet ?? fallback.Outlet,
            Published ?? fallback.Published,
            Dateline ?? fallback.Dateline,
            Url ?? fallback.Url,
            FileName ?? fallback.FileName);
    }
}
