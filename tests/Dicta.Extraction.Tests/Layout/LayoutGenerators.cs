using System.Collections.Immutable;
using Dicta.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Extraction.Tests.Layout;

/// <summary>A line the generator wrote and the block kind it must come out as.</summary>
public sealed record ExpectedLine(int Offset, string Content, BlockKind Kind);

/// <summary>A generated article-like text, what its lines must be laid out as, and what its metadata must hold.</summary>
public sealed record ArticleCase(string Text, ImmutableArray<ExpectedLine> Lines, string? Title, string? Dateline, bool Dated)
{
    public override string ToString() => LayoutGenerators.Show(Text);
}

/// <summary>Generators for layout properties: any text at all, and texts shaped like articles from many outlets.</summary>
public static class LayoutGenerators
{
    public static readonly string[] LineBreaks = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085"];

    private static readonly string[] Fragments =
    [
        "---", "title: X", "date: 2023-02-21", "#tag", "# ", "MOSCOW (Reuters) - ", "(CNSNews.com) – ", "SAMARKAND, UZBEKISTAN: ",
        "Related Posts", "Comments are closed.", "21.02.2023, Sputnik International", "2023-02-21T17:12+0000", "By Jane Doe",
        "Putin", "said", " ", "  ", "\t", "“", "”", "\"", "‘", "’", "...", "…", ".", ":", ",", "\0", "\u200B", "\uFEFF",
        "\uD800", "\uDC00", "😀", "Bilateral Trade", "Published:", "* * *", "Support Us", "a",
    ];

    private static readonly string[] Headlines =
    [
        "Putin And Xi Pledge Closer Ties", "China says talks with Russia were ‘useful’", "Xi Meets Putin in Moscow",
        "Will Russia and China Stand Together?", "Wang Yi Touts Rock-Solid Ties With Russia",
    ];

    private static readonly (string Line, bool Dated)[] MetaLines =
    [
        ("21.02.2023, Sputnik International", true), ("2023-02-21T17:12+0000", true), ("Feb 21, 2023", true),
        ("By Jane Doe", false), ("Published: Feb 21, 2023 | Updated: Feb 22, 2023", true), ("By John Roe and Jane Doe", false),
    ];

    private static readonly (string Prefix, string? Place, bool Dated)[] Datelines =
    [
        ("SAMARKAND, UZBEKISTAN: ", "SAMARKAND, UZBEKISTAN", false), ("MOSCOW (Reuters) - ", "MOSCOW", false),
        ("(CNSNews.com) – ", null, false), ("BEIJING, Dec. 15, 2021 (Xinhua) -- ", "BEIJING", true),
        ("KYIV, Ukraine (AP) — ", "KYIV, Ukraine", false), ("WASHINGTON — ", "WASHINGTON", false),
    ];

    private static readonly string[] Paragraphs =
    [
        "Russian President Vladimir Putin and Chinese leader Xi Jinping held talks on Thursday, defiantly praising their strategic ties.",
        "“We greatly appreciate the balanced position of our Chinese friends on the Ukraine crisis,” Putin told Xi at the meeting.",
        "The newsletter of the foreign ministry said the two sides had agreed to support each other on issues of core interest.",
        "Trade between the two countries has surged in the last two years, hitting $218.2bn during January-November, customs data showed.",
        "Xi said the Kremlin’s Telegram channel had misquoted him, adding that he would follow up on the matter with Putin this year.",
        "According to the Kremlin, Putin expressed appreciation for China’s “balanced position” and said the talks were excellent as usual.",
        "“Join our efforts to build a fair world order based on international law,” the Russian leader told his counterpart in Samarkand.",
    ];

    private static readonly string[] Headings =
        ["Ukraine and Taiwan", "Bilateral Trade", "‘United to resist the political virus’", "NATO Will Not Expand: Putin demands Guarantee"];

    private static readonly string[] HashtagLines = ["#Russia #Putin #China", "#News, #Politics"];

    private static readonly string[] Trailers =
    [
        "Comments are closed.", "Join Our Newsletter", "Support Countercurrents", "Latest News", "Subscribe to our newsletter",
        "Advertisement", "Become a Patron at Patreon", "© 2023 Example Media. All rights reserved.",
    ];

    /// <summary>Any string: FsCheck's, or a soup of fragments that look like parts of articles, joined by any line breaks.</summary>
    public static Gen<string> AnyText { get; } =
        Gen.Frequency(
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)),
            (3, Gen.ListOf(Gen.Frequency((3, Gen.Elements(Fragments)), (2, Gen.Elements(LineBreaks)))).Select(string.Concat)));

    /// <summary>An article: optional front matter, title, meta lines, a first paragraph with an optional dateline,
    /// paragraphs, headings and hashtags, and an optional boilerplate tail; one line-break style throughout.</summary>
    public static Gen<ArticleCase> Articles { get; } =
        from br in Gen.Elements(LineBreaks)
        from frontMatter in Gen.Elements(true, false, false)
        from leadingBlank in Gen.Elements(true, false)
        from title in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(Headlines).Select(h => (string?)h))
        from metas in Gen.ListOf(Gen.Elements(MetaLines)).Select(m => m.Take(2).ToList())
        from dateline in Gen.OneOf(Gen.Constant<(string Prefix, string? Place, bool Dated)?>(null), Gen.Elements(Datelines).Select(d => ((string, string?, bool)?)d))
        from first in Gen.Elements(Paragraphs)
        from body in Gen.ListOf(Gen.Choose(0, 4)).Select(b => b.Take(8).ToList())
        from bodyTexts in Gen.ListOf(Gen.Elements(Paragraphs), 8)
        from headings in Gen.ListOf(Gen.Elements(Headings), 8)
        from hashtags in Gen.ListOf(Gen.Elements(HashtagLines), 8)
        from last in Gen.Elements(Paragraphs)
        from trailer in Gen.ListOf(Gen.Elements(Trailers)).Select(t => t.Take(4).ToList())
        from blanks in Gen.ListOf(Gen.Choose(0, 2), 40)
        from finalBreak in Gen.Elements(true, false)
        select Build(br, frontMatter, leadingBlank, title, metas, dateline, first, body, bodyTexts, headings, hashtags, last, trailer, blanks, finalBreak);

    /// <summary>A string with its control and invisible characters escaped, for counterexamples.</summary>
    public static string Show(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u200B' or '\uFEFF' => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        }));

    private static ArticleCase Build(
        string br,
        bool frontMatter,
        bool leadingBlank,
        string? title,
        List<(string Line, bool Dated)> metas,
        (string Prefix, string? Place, bool Dated)? dateline,
        string first,
        List<int> body,
        List<string> bodyTexts,
        List<string> headings,
        List<string> hashtags,
        string last,
        List<string> trailer,
        IList<int> blanks,
        bool finalBreak)
    {
        var writer = new ArticleWriter(br, blanks);
        if (frontMatter)
        {
            writer.Raw($"---{br}title: Front Title{br}published: 2023-02-21{br}---{br}");
        }

        if (leadingBlank)
        {
            writer.Raw(br);
        }

        if (title is not null)
        {
            writer.Line(title, BlockKind.Title);
        }

        foreach (var meta in metas)
        {
            writer.Line(meta.Line, BlockKind.Metadata);
        }

        if (dateline is { } d)
        {
            writer.Dateline(d.Prefix, first);
        }
        else
        {
            writer.Line(first, BlockKind.Paragraph);
        }

        for (var i = 0; i < body.Count; i++)
        {
            switch (body[i])
            {
                case 0 or 1:
                    writer.Line(bodyTexts[i], BlockKind.Paragraph);
                    break;
                case 2:
                    writer.Line(headings[i], BlockKind.Heading);
                    break;
                default:
                    writer.Line(hashtags[i], BlockKind.Hashtags);
                    break;
            }
        }

        writer.Line(last, BlockKind.Paragraph);
        foreach (var line in trailer)
        {
            writer.Line(line, BlockKind.Boilerplate);
        }

        var text = writer.Text(finalBreak);
        var dated = frontMatter || metas.Any(m => m.Dated) || dateline is { Dated: true };
        return new ArticleCase(text, writer.Expected, frontMatter ? "Front Title" : title, dateline?.Place, dated);
    }

    /// <summary>Writes lines with random blank runs between them and records where each line went.</summary>
    private sealed class ArticleWriter(string br, IList<int> blanks)
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly ImmutableArray<ExpectedLine>.Builder _expected = ImmutableArray.CreateBuilder<ExpectedLine>();
        private int _lines;

        public ImmutableArray<ExpectedLine> Expected => _expected.ToImmutable();

        public void Raw(string text) => _text.Append(text);

        public void Line(string content, BlockKind kind)
        {
            Separate();
            _expected.Add(new ExpectedLine(_text.Length, content, kind));
            _text.Append(content);
        }

        public void Dateline(string prefix, string paragraph)
        {
            Separate();
            _expected.Add(new ExpectedLine(_text.Length, prefix.TrimEnd(), BlockKind.Dateline));
            _text.Append(prefix);
            _expected.Add(new ExpectedLine(_text.Length, paragraph, BlockKind.Paragraph));
            _text.Append(paragraph);
        }

        public string Text(bool finalBreak) => finalBreak ? _text.Append(br).ToString() : _text.ToString();

        private void Separate()
        {
            if (_lines > 0)
            {
                _text.Append(br);
                for (var i = 0; i < blanks[_lines % blanks.Count]; i++)
                {
                    _text.Append(br);
                }
            }

            _lines++;
        }
    }
}
