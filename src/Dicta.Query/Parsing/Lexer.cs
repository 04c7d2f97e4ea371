using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using Dicta.Query.Syntax;
using Pidgin;
using Pidgin.Configuration;

namespace Dicta.Query.Parsing;

/// <summary>
/// Reads a query text into tokens with trivia. <see cref="LexerGrammar"/> (Pidgin) cuts the text into lexemes; this
/// attaches the trivia: a token's trailing trivia is the white space and comment after it up to and including the end
/// of its line, and everything else before a token is its leading trivia. Bad characters become skipped trivia of the
/// next token (the parser never sees them); the end-of-file token collects whatever trivia is left.
/// </summary>
internal static class Lexer
{
    /// <summary>The tokens of <paramref name="text"/>, ending with the end-of-file token, and the errors found inside tokens.</summary>
    public static (SyntaxToken[] Tokens, ImmutableArray<Diagnostic> Diagnostics) Lex(SourceText text)
    {
        // Positions come from the lexeme lengths, so Pidgin need not work out lines and columns.
        var result = LexerGrammar.Lexemes.Parse(text.AsMemory().Span, DefaultConfiguration<char>.Instance);
        if (!result.Success || !Tiles(result.Value, text.Length, out var tokenCount))
        {
            // The grammar reads every character; anything else is a defect in it, not in the query.
            throw new InvalidOperationException("The query lexer did not read the whole text.");
        }

        var lexemes = result.Value;
        var tokens = new SyntaxToken[tokenCount + 1];
        var count = 0;
        ImmutableArray<Diagnostic>.Builder? diagnostics = null;

        // Every lexeme that is not a token becomes one trivia: all of them go into one array, in source order, and
        // each token takes its leading and trailing trivia as a slice of it.
        SyntaxTrivia[] trivia = lexemes.Count == tokenCount ? [] : new SyntaxTrivia[lexemes.Count - tokenCount];
        var triviaCount = 0;
        var leadingStart = 0;
        var position = 0;
        var index = 0;
        while (index < lexemes.Count)
        {
            var lexeme = lexemes[index++];
            var span = new TextSpan(position, lexeme.Length);
            position += lexeme.Length;
            if (SyntaxFacts.IsTrivia(lexeme.Kind))
            {
                trivia[triviaCount++] = new SyntaxTrivia(text, lexeme.Kind, span);
                continue;
            }

            if (lexeme.Kind == SyntaxKind.BadToken)
            {
                var bad = new SyntaxToken(text, SyntaxKind.BadToken, span, [], [], null);
                trivia[triviaCount++] = new SyntaxTrivia(text, SyntaxKind.SkippedTokensTrivia, span, bad);
                continue;
            }

            foreach (var error in lexeme.Errors)
            {
                var errorSpan = new TextSpan(span.Start + error.Offset, error.Length);
                diagnostics ??= ImmutableArray.CreateBuilder<Diagnostic>();
                diagnostics.Add(error.Descriptor.Create(Location.In(text, errorSpan), MessageText.Escape(error.Argument, MessageText.ValueLength)));
            }

            var leadingCount = triviaCount - leadingStart;
            while (index < lexemes.Count && lexemes[index].Kind is SyntaxKind.WhitespaceTrivia or SyntaxKind.LineCommentTrivia)
            {
                trivia[triviaCount++] = new SyntaxTrivia(text, lexemes[index].Kind, new TextSpan(position, lexemes[index].Length));
                position += lexemes[index++].Length;
            }

            if (index < lexemes.Count && lexemes[index].Kind == SyntaxKind.EndOfLineTrivia)
            {
                trivia[triviaCount++] = new SyntaxTrivia(text, SyntaxKind.EndOfLineTrivia, new TextSpan(position, lexemes[index].Length));
                position += lexemes[index++].Length;
            }

            var trailingCount = triviaCount - leadingStart - leadingCount;
            tokens[count++] = new SyntaxToken(text, lexeme.Kind, span, trivia, leadingStart, leadingCount, trailingCount, lexeme.Value);
            leadingStart = triviaCount;
        }

        tokens[count] = new SyntaxToken(text, SyntaxKind.EndOfFileToken, new TextSpan(position, 0), trivia, leadingStart, triviaCount - leadingStart, 0, null);
        return (tokens, diagnostics is null ? [] : diagnostics.DrainToImmutable());
    }

    /// <summary>True when the lexemes cover exactly <paramref name="length"/> characters; counts those that become tokens.</summary>
    private static bool Tiles(List<Lexeme> lexemes, int length, out int tokenCount)
    {
        var total = 0L;
        tokenCount = 0;
        foreach (var lexeme in lexemes)
        {
            total += lexeme.Length;
            if (lexeme.Kind != SyntaxKind.BadToken && !SyntaxFacts.IsTrivia(lexeme.Kind))
            {
                tokenCount++;
            }
        }

        return total == length;
    }
}
