using System.Collections.Immutable;
using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>
/// What the article grammar knows about the whole text before it parses: the regions found by scanning, which
/// keep the grammar free of unbounded look-ahead (and so linear in the number of lines).
/// </summary>
/// <param name="Text">The article's text.</param>
/// <param name="TrailerStart">The index of the first line of the trailing boilerplate region; the line count when there is none.</param>
/// <param name="LastProse">The index of the last prose line before the trailer (a text line not shaped like a heading); -1 when none.</param>
/// <param name="TrailerRoles">The roles of the lines from <paramref name="TrailerStart"/> on, in order.</param>
internal sealed record LayoutContext(SourceText Text, int TrailerStart, int LastProse, ImmutableArray<TrailerRole> TrailerRoles)
{
    /// <summary>True when <paramref name="line"/> lies before the trailing region.</summary>
    public bool IsBody(ArticleLine line) => line.Index < TrailerStart;

    /// <summary>The role of a line of the trailing region; <see cref="TrailerRole.Other"/> for a line before it.</summary>
    public TrailerRole RoleOf(ArticleLine line) =>
        line.Index >= TrailerStart && line.Index - TrailerStart < TrailerRoles.Length ? TrailerRoles[line.Index - TrailerStart] : TrailerRole.Other;
}
