using Sprache;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Sprache input over a string, for the line grammars. It reads what Sprache's own input reads, but moving on
/// makes one small object: Sprache's makes a new input and a new memo table for every character, which the line
/// grammars, trying several parts at every word of a line, would otherwise pay on each step. Immutable.
/// </summary>
internal sealed class TextInput : IInput
{
    /// <summary>An input at the start of <paramref name="text"/>.</summary>
    public TextInput(string text)
        : this(text, 0, new Dictionary<object, object>())
    {
    }

    private TextInput(string text, int position, IDictionary<object, object> memos)
    {
        Source = text;
        Position = position;
        Memos = memos;
    }

    /// <inheritdoc/>
    public string Source { get; }

    /// <inheritdoc/>
    public char Current => Source[Position];

    /// <inheritdoc/>
    public bool AtEnd => Position == Source.Length;

    /// <inheritdoc/>
    public int Position { get; }

    /// <summary>The one-based line number, as Sprache counts it (after each '\n').</summary>
    public int Line => Source.AsSpan(0, Position).Count('\n') + 1;

    /// <summary>The one-based column, as Sprache counts it.</summary>
    public int Column => Position - Source.AsSpan(0, Position).LastIndexOf('\n');

    /// <summary>Shared by all positions of one parse (Sprache keeps left-recursion guards here).</summary>
    public IDictionary<object, object> Memos { get; }

    /// <inheritdoc/>
    public IInput Advance() => Skip(1);

    /// <summary>The input <paramref name="count"/> characters on, in one step.</summary>
    public TextInput Skip(int count) =>
        count > Source.Length - Position
            ? throw new InvalidOperationException("The input is already at the end of the source.")
            : new TextInput(Source, Position + count, Memos);

    /// <inheritdoc/>
    public bool Equals(IInput? other) => other is TextInput input && string.Equals(input.Source, Source, StringComparison.Ordinal) && input.Position == Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IInput input && Equals(input);

    /// <inheritdoc/>
    public override int GetHashCode() => Position;

    /// <summary>The position as Sprache prints it.</summary>
    public override string ToString() => $"Line {Line}, Column {Column}";
}
