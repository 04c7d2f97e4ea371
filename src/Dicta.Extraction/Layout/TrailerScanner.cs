using System.Collections.Immutable;
using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Finds the trailing boilerplate region by scanning back from the end of the text, once, in linear time: the
/// earliest line from which the rest of the article matches the grammar's <c>trailer</c> rule. Parsing the rule
/// forward from every line instead would be quadratic on texts made of many short lines.
/// </summary>
internal static class TrailerScanner
{
    /// <summary>A line of the trailing region with at most this many words and no cue is "short": a link title.</summary>
    private const int ShortWords = 15;

    /// <summary>The context for lines from <paramref name="start"/> on: where the trailer starts and the last prose line before it.</summary>
    public static LayoutContext Scan(SourceText text, ImmutableArray<ArticleLine> lines, int start)
    {
        // The region is a suffix in which every short cue-less line has an opener before it. Scanning back, such a
        // line is uncovered until an opener is seen; a notice or opener with nothing uncovered after it may start the region.
        var trailerStart = lines.Length;
        var uncovered = false;
        var roles = new List<TrailerRole>();
        for (var i = lines.Length - 1; i >= start; i--)
        {
            var role = RoleOf(text, lines[i]);
            if (role == TrailerRole.Other)
            {
                break;
            }

            roles.Add(role);
            uncovered = role switch
            {
                TrailerRole.Short => true,
                TrailerRole.Opener => false,
                _ => uncovered,
            };
            if (role is TrailerRole.Notice or TrailerRole.Opener && !uncovered)
            {
                trailerStart = i;
            }
        }

        roles.Reverse();
        var trailerRoles = roles.Skip(roles.Count - (lines.Length - trailerStart)).ToImmutableArray();
        var lastProse = -1;
        for (var i = trailerStart - 1; i >= start; i--)
        {
            if (lines[i] is { IsText: true, IsHeadingLike: false })
            {
                lastProse = i;
                break;
            }
        }

        return new LayoutContext(text, trailerStart, lastProse, trailerRoles);
    }

    /// <summary>The context for reading front matter, before any region is known.</summary>
    public static LayoutContext Unscanned(SourceText text, ImmutableArray<ArticleLine> lines) =>
        new(text, lines.Length, lines.Length, []);

    private static TrailerRole RoleOf(SourceText text, ArticleLine line)
    {
        switch (line.Kind)
        {
            case LineKind.Blank or LineKind.Rule or LineKind.Hashtags or LineKind.Meta:
                return TrailerRole.Neutral;
            case LineKind.Notice:
                return BoilerplateCues.IsOpener(line.ShortText!, line.Words) ? TrailerRole.Opener : TrailerRole.Notice;
        }

        if (line.Content.Length > BoilerplateCues.MaxLength)
        {
            return TrailerRole.Other;
        }

        var content = text.AsSpan(line.Content);
        if (line.Words <= BoilerplateCues.ShortLineWords && (BoilerplateCues.HasAppeal(content) || BoilerplateCues.HasTailWord(content)))
        {
            return TrailerRole.Notice;
        }

        // A long line is boilerplate only if it appeals to the reader and quotes nobody.
        if (line.Words > BoilerplateCues.ShortLineWords && !TextShape.HasQuotationMarks(content) && BoilerplateCues.HasAppeal(content))
        {
            return TrailerRole.Notice;
        }

        return line.Words <= ShortWords ? TrailerRole.Short : TrailerRole.Other;
    }
}
