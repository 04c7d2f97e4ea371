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
        if (!result.Success || result.Value.Sum(l => (long)l.Length) != text.Length)
        {
            // The grammar reads every character; anything else is a defect in it, not in the query.
            throw new InvalidOperationException("The query lexer did not read the whole text.");
        }

        var lexemes = result.Value;
        var tokens = new List<SyntaxToken>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var leading = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var trailing = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var position = 0;
        var index = 0;
        while (index < lexemes.Count)
        {
            var lexeme = lexemes[index++];
            var span = new TextSpan(position, lexeme.Length);
            position += lexeme.Length;
            if (SyntaxFacts.IsTrivia(lexeme.Kind))
            {
                leading.Add(new SyntaxTrivia(text, lexeme.Kind, span));
                continue;
            }

            if (lexeme.Kind == SyntaxKind.BadToken)
            {
                var bad = new SyntaxToken(text, SyntaxKind.BadToken, span, [], [], null);
                leading.Add(new SyntaxTrivia(text, SyntaxKind.SkippedTokensTrivia, span, bad));
                continue;
            }

            foreach (var error in lexeme.Errors)
            {
                var errorSpan = new TextSpan(span.Start + error.Offset, error.Length);
                diagnostics.Add(error.Descriptor.Create(Location.In(text, errorSpan), MessageText.Escape(error.Argument, MessageText.ValueLength)));
            }

            while (index < lexemes.Count && lexemes[index].Kind is SyntaxKind.WhitespaceTrivia or SyntaxKind.LineCommentTrivia)
            {
                trailing.Add(new SyntaxTrivia(text, lexemes[index].Kind, new TextSpan(position, lexemes[index].Length)));
                position += lexemes[index++].Length;
            }

            if (index < lexemes.Count && lexemes[index].Kind == SyntaxKind.EndOfLineTrivia)
            {
                trailing.Add(new SyntaxTrivia(text, SyntaxKind.EndOfLineTrivia, new TextSpan(position, lexemes[index].Length)));
                position += lexemes[index++].Length;
            }

            tokens.Add(new SyntaxToken(text, lexeme.Kind, span, leading.DrainToImmutable(), trailing.DrainToImmutable(), lexeme.Value));
        }

        tokens.Add(new SyntaxToken(text, SyntaxKind.EndOfFileToken, new TextSpan(position, 0), leading.DrainToImmutable(), [], null));
        return ([.. tokens], diagnostics.DrainToImmutable());
    }
}
