using Dicta.Model.Text;

namespace Dicta.Cli.Repl;

/// <summary>A classified piece of a query's text.</summary>
/// <param name="Span">Where it is in the text.</param>
/// <param name="Class">What it is.</param>
internal readonly record struct HighlightSpan(TextSpan Span, HighlightClass Class);
