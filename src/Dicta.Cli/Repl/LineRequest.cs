namespace Dicta.Cli.Repl;

/// <summary>What the REPL asks a line reader for: one line, after a prompt, as part of a query that may span lines.</summary>
/// <param name="Prompt">The prompt to show: <c>dicta&gt; </c>, or the continuation prompt.</param>
/// <param name="Preceding">The lines of the query read so far, each followed by a line break (empty for its first line).</param>
/// <param name="Completion">Tab completion over the corpus loaded now.</param>
internal sealed record LineRequest(string Prompt, string Preceding, QueryCompletion Completion);
