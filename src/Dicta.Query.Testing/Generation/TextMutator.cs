using Dicta.Query.Syntax;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Testing.Generation;

/// <summary>
/// Near misses: a valid query with a few edits of the kinds people and programs make: a token deleted, doubled,
/// swapped with its neighbour or replaced, a stray fragment or odd character inserted, the text cut short.
/// </summary>
internal static class TextMutator
{
    /// <summary>Pieces of queries and characters that trouble lexers: broken literals, lone surrogates, controls, other scripts.</summary>
    private static readonly string[] Fragments =
    [
        "statements", "where", "speaker", "=", "!=", "<", "<=", ">", ">=", "and", "or", "not", "in", "between", "has",
        "contains", "startswith", "endswith", "matches", "/a+b/i", "/unterminated", "(", ")", ",", ".", "\"Putin\"",
        "'it\\'s'", "\"open", "'\\q'", "12", "3.5", "99999999999999999999999999999999", "2022-09-15", "2022-13-45", "$p", "$",
        "order", "by", "asc", "desc", "limit", "select", "as", "group", "count", "true", "false", "-- note", "\n", "\r\n",
        " ", "\t", "@", "!", "-", "/", "\\", "\u0000", "\u200B", "\u202E", "\u0085", "Путин", "习近平", "\uD83D\uDE00", "\uD800", "\uDC00", "\uFEFF",
    ];

    /// <summary>Soups of <see cref="Fragments"/>, with or without spaces between them.</summary>
    public static Gen<string> Soup { get; } = Gen.OneOf(
        Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Join(" ", parts)),
        Gen.ListOf(Gen.Elements(Fragments)).Select(string.Concat));

    /// <summary><paramref name="text"/> with one to three random edits.</summary>
    public static Gen<string> Mutate(string text) =>
        Gen.Choose(1, 3).SelectMany(count => MutateTimes(text, count));

    private static Gen<string> MutateTimes(string text, int count) =>
        count == 0 ? Gen.Constant(text) : Once(text).SelectMany(mutated => MutateTimes(mutated, count - 1));

    private static Gen<string> Once(string text)
    {
        var tokens = SyntaxTree.Parse(text).Root.DescendantTokens().Where(t => t.Span.Length > 0).Select(t => (t.Span.Start, t.Span.End)).ToArray();
        var anywhere = Gen.Choose(0, text.Length);
        var edits = new List<(int, Gen<string>)>
        {
            (2, from at in anywhere from piece in Gen.Elements(Fragments) select text.Insert(at, piece)),
            (1, from at in anywhere select text[..at]),
            (1, from a in anywhere from b in anywhere select text.Remove(Math.Min(a, b), Math.Abs(a - b))),
        };
        if (tokens.Length > 0)
        {
            var token = Gen.Elements(tokens);
            edits.Add((3, from t in token select text.Remove(t.Start, t.End - t.Start)));
            edits.Add((1, from t in token select text.Insert(t.End, " " + text[t.Start..t.End])));
            edits.Add((2, from t in token from piece in Gen.Elements(Fragments) select string.Concat(text.AsSpan(0, t.Start), piece, text.AsSpan(t.End))));
            edits.Add((1, from t in token from at in Gen.Choose(t.Start, t.End - 1) select text.Remove(at, 1)));
        }

        if (tokens.Length > 1)
        {
            edits.Add((2, from i in Gen.Choose(0, tokens.Length - 2) select Swap(text, tokens[i], tokens[i + 1])));
        }

        return Gen.Frequency(edits);
    }

    private static string Swap(string text, (int Start, int End) first, (int Start, int End) second) =>
        text[..first.Start] + text[second.Start..second.End] + text[first.End..second.Start] + text[first.Start..first.End] + text[second.End..];
}
