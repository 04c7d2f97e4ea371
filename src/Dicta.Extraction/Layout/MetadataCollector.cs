using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Joins what the blocks say into the article's metadata. The title is the title block's text; the outlet the
/// first publisher line's, else the dateline's; the date the first publication date of a meta line (made precise by
/// a later timestamp of the same day), else a dateline date with a year, else an update date. Front matter, when
/// present, overrides all of these.
/// </summary>
internal static class MetadataCollector
{
    /// <summary>The metadata, and a diagnostic when no date was found anywhere.</summary>
    public static (ArticleMetadata Metadata, ImmutableArray<Diagnostic> Diagnostics) Collect(SourceText text, IEnumerable<LayoutItem> items, ArticleMetadata frontMatter)
    {
        var clues = items.Select(i => i.Clue).OfType<MetadataClue>().ToList();
        var metas = clues.Select(c => c.Meta).OfType<MetaLine>().ToList();
        var dateline = clues.Select(c => c.Dateline).OfType<DatelineMatch>().FirstOrDefault();
        var fromText = new ArticleMetadata(
            Title: clues.Select(c => c.Title).FirstOrDefault(t => t is not null),
            Outlet: metas.Select(m => m.Outlet).FirstOrDefault(o => o is not null) ?? dateline?.Outlet,
            Published: (Published(metas) ?? dateline?.Date ?? metas.Select(m => m.Updated).FirstOrDefault(d => d is not null))?.Value,
            Dateline: dateline?.Place);
        var metadata = frontMatter.Or(fromText);
        return metadata.Published is null
            ? (metadata, [LayoutDiagnostics.NoDate.Create(Location.In(text, new TextSpan(0, 0)))])
            : (metadata, []);
    }

    /// <summary>The first publication date; a date without a time gives way to a later timestamp on the same day.</summary>
    private static ParsedDate? Published(List<MetaLine> metas)
    {
        var dates = metas.Select(m => m.Published).OfType<ParsedDate>().ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var first = dates[0];
        return first.HasTime
            ? first
            : dates.Skip(1).FirstOrDefault(d => d.HasTime && DateOnly.FromDateTime(d.Value.DateTime) == DateOnly.FromDateTime(first.Value.DateTime)) is { HasTime: true } precise
                ? precise
                : first;
    }
}
