using Dicta.Model.Text;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// One token of a sentence: a span into the article's text, its kind, and whether it lies inside a quotation. A value:
/// an article has hundreds of thousands of tokens, and none needs an object of its own.
/// </summary>
/// <param name="Start">Where the token's characters start in the article's text.</param>
/// <param name="Kind">Word, punctuation, terminal, dash or quotation mark.</param>
/// <param name="Text">The token's characters, kept because every rule compares them; one string per distinct text of an article (see <see cref="TokenTextPool"/>).</param>
/// <param name="Quoted">True when the token lies inside a quotation (marks excluded).</param>
/// <remarks>16 bytes: the length is the text's, so the span is not stored.</remarks>
internal readonly record struct Token(int Start, TokenKind Kind, string Text, bool Quoted)
{
    /// <summary>The token's characters in the article's text.</summary>
    public TextSpan Span => new(Start, Text.Length);

    /// <summary>True for a word that starts with a capital letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>True for a word that starts with a lower-case letter.</summary>
    public bool IsLowercase => Kind == TokenKind.Word && char.IsLower(Text[0]);

    /// <summary>True for a word equal to <paramref name="word"/>, ignoring case.</summary>
    public bool Is(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a word equal to one of <paramref name="words"/>, ignoring case.</summary>
    public bool IsAny(IReadOnlySet<string> words) => Kind == TokenKind.Word && words.Contains(Text);

    /// <summary>True for the punctuation mark <paramref name="mark"/>.</summary>
    public bool IsMark(char mark) => Kind is TokenKind.Punctuation or TokenKind.Terminal && Text.Length == 1 && Text[0] == mark;

    /// <summary>The word without a possessive ending ('s or ’s), for name look-ups.</summary>
    public string WithoutPossessive => HasPossessiveEnding ? Text[..^2] : Text;

    /// <summary>True for a possessive word: "China’s", "Russia's".</summary>
    public bool IsPossessive => Kind == TokenKind.Word && HasPossessiveEnding;

    private bool HasPossessiveEnding => Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal);
}
