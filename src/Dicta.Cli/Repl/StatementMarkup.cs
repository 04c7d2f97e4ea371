using System.Text;
using Dicta.Model;
using Spectre.Console;

namespace Dicta.Cli.Repl;

/// <summary>A statement's text as Spectre markup with its quoted words highlighted.</summary>
internal static class StatementMarkup
{
    /// <summary>The markup style of quoted words.</summary>
    public const string QuoteStyle = "bold yellow";

    /// <summary>
    /// The content with each quote span in <see cref="QuoteStyle"/>; a direct quote whose content does not carry its
    /// quotation marks is shown between “ and ”, as in every other output.
    /// </summary>
    public static string Of(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var content = statement.Content.ToString();
        var start = statement.ContentSpan.Start;
        var quotes = statement.QuoteSpans
            .Select(q => (Start: Math.Max(q.Start, start) - start, End: Math.Min(q.End, statement.ContentSpan.End) - start))
            .Where(q => q.End > q.Start)
            .OrderBy(q => q.Start)
            .ToList();
        var markup = new StringBuilder();
        var position = 0;
        foreach (var (quoteStart, quoteEnd) in quotes)
        {
            if (quoteStart < position)
            {
                continue;
            }

            markup.Append(Markup.Escape(content[position..quoteStart]));
            markup.Append('[').Append(QuoteStyle).Append(']').Append(Markup.Escape(content[quoteStart..quoteEnd])).Append("[/]");
            position = quoteEnd;
        }

        markup.Append(Markup.Escape(content[position..]));
        var marked = Output.ValueText.MarkedContent(statement);
        return marked.Length == content.Length
            ? markup.ToString()
            : $"[{QuoteStyle}]{Markup.Escape(marked[..1])}[/]{markup}[{QuoteStyle}]{Markup.Escape(marked[^1..])}[/]";
    }
}
