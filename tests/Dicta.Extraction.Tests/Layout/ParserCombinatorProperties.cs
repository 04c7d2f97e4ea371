using Dicta.Extraction.Layout;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sprache;

namespace Dicta.Extraction.Tests.Layout;

/// <summary>
/// The layout grammars' own input and combinators must match and fail exactly where Sprache's do: each is run on
/// <see cref="TextInput"/> and compared with Sprache's combinator on Sprache's input.
/// </summary>
public class ParserCombinatorProperties
{
    private static readonly Arbitrary<string> Texts =
        Gen.Elements('a', 'b', ' ', '1', ',').ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    /// <summary>Parts that fail, match nothing, or match different lengths, so every path of a combinator is taken.</summary>
    private static readonly Parser<string>[] Parts =
    [
        CharParsers.Letters, CharParsers.OptionalSpaces, CharParsers.Keyword("ab"), CharParsers.Literal("a"),
        Parse.Select(CharParsers.Char(','), c => c.ToString()), Parse.Select(CharParsers.Number(1, 2), n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private static readonly Arbitrary<(Parser<string>, Parser<string>)> PartPairs =
        Gen.Elements(Parts).Two().ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Or_matches_where_Sprache_Or_does() =>
        Prop.ForAll(PartPairs, Texts, (pair, text) =>
            Same(ParserCombinators.Or(pair.Item1, pair.Item2), Parse.Or(pair.Item1, pair.Item2), text));

    [Property(MaxTest = 500)]
    public Property Repeat_matches_where_Sprache_Repeat_does() =>
        Prop.ForAll(Gen.Elements(Parts).ToArbitrary(), Gen.Choose(0, 3).Two().ToArbitrary(), Texts, (part, bounds, text) =>
        {
            var (minimum, maximum) = (Math.Min(bounds.Item1, bounds.Item2), Math.Max(bounds.Item1, bounds.Item2));
            return Same(Parse.Select(ParserCombinators.Repeat(part, minimum, maximum), string.Concat), Parse.Select(Parse.Repeat(part, minimum, maximum), string.Concat), text);
        });

    [Property(MaxTest = 500)]
    public Property End_matches_where_Sprache_End_does() =>
        Prop.ForAll(Gen.Elements(Parts).ToArbitrary(), Texts, (part, text) => Same(ParserCombinators.End(part), Parse.End(part), text));

    [Property(MaxTest = 300)]
    public Property Text_input_moves_as_Sprache_input_does() =>
        Prop.ForAll(Gen.Elements('a', '\n', ' ').ArrayOf().Select(chars => new string(chars)).ToArbitrary(), text =>
        {
            var ours = Start(text, sprache: false);
            var theirs = Start(text, sprache: true);
            for (var i = 0; i < text.Length; i++)
            {
                if (ours.AtEnd || ours.Current != theirs.Current || ours.Line != theirs.Line || ours.Column != theirs.Column)
                {
                    return false;
                }

                (ours, theirs) = (ours.Advance(), theirs.Advance());
            }

            return ours.AtEnd && ours.Position == text.Length && ours.Line == theirs.Line && ours.Column == theirs.Column
                && ours.Equals(new TextInput(text).Skip(text.Length));
        });

    [Fact]
    public void Text_input_cannot_move_past_its_end()
    {
        Assert.Throws<InvalidOperationException>(() => new TextInput("a").Advance().Advance());
    }

    private static IInput Start(string text, bool sprache) => sprache ? new Input(text) : new TextInput(text);

    /// <summary>Both succeed or both fail, at the same position, with the same value when they succeed.</summary>
    private static bool Same(Parser<string> ours, Parser<string> sprache, string text)
    {
        var mine = ours(new TextInput(text));
        var theirs = sprache(new Input(text));
        return mine.WasSuccessful == theirs.WasSuccessful && mine.Remainder.Position == theirs.Remainder.Position
            && (!mine.WasSuccessful || mine.Value == theirs.Value);
    }
}
