using System.Collections.Immutable;
using Dicta.Query.Syntax;

namespace Dicta.Query.Parsing;

/// <summary>
/// One piece of the query text as the lexer grammar reads it: a token or one piece of trivia, with its length
/// (lexemes tile the text, so positions follow by adding lengths), the token's value, and lexical errors.
/// </summary>
/// <param name="Kind">A token kind or a trivia kind.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Value">The token's value (see <see cref="SyntaxToken.Value"/>).</param>
/// <param name="Errors">Problems inside the lexeme, with offsets relative to its start.</param>
internal readonly record struct Lexeme(SyntaxKind Kind, int Length, object? Value, ImmutableArray<LexicalError> Errors)
{
    /// <summary>A lexeme with no value and no errors.</summary>
    public static Lexeme Of(SyntaxKind kind, int length) => new(kind, length, null, []);
}
