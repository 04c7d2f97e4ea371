using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Model.Tests;

/// <summary>Small hand-made model values for the unit tests.</summary>
public static class Samples
{
    public static Speaker Putin { get; } = new("Vladimir Putin", SpeakerKind.Person, ["Putin", "Russian President"], "Russia");

    public static Speaker Xi { get; } = new("Xi Jinping", SpeakerKind.Person, ["Xi"], "China");

    public static Speaker PutinAndXi { get; } = new("Putin and Xi", SpeakerKind.Group, members: [Putin, Xi]);

    public static Topic Taiwan { get; } = new("taiwan", "Taiwan");

    public static Topic Ukraine { get; } = new("ukraine", "Ukraine");

    /// <summary>An article whose text is one paragraph block.</summary>
    public static Article Article(string id, string text, IEnumerable<Statement>? statements = null, IEnumerable<Diagnostic>? diagnostics = null)
    {
        var source = SourceText.From(text, id + ".txt");
        Block[] blocks = text.Length == 0 ? [] : [new Block(BlockKind.Paragraph, source.FullSpan)];
        return new Article(id, source, ArticleMetadata.Empty, blocks, statements: statements, diagnostics: diagnostics);
    }

    /// <summary>An un-added statement by <paramref name="speaker"/> whose content is <paramref name="content"/>.</summary>
    public static Statement Statement(Speaker speaker, TextSpan content, params Topic[] topics) =>
        new()
        {
            Kind = StatementKind.Indirect,
            ContentSpan = content,
            Speaker = speaker,
            Topics = [.. topics],
        };

    /// <summary>An article with one statement by <paramref name="speaker"/> over its whole text.</summary>
    public static Article ArticleBy(string id, Speaker speaker, string text = "We agree.", params Topic[] topics) =>
        Article(id, text, [Statement(speaker, new TextSpan(0, text.Length), topics)]);
}
