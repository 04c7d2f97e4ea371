using System.Collections.Immutable;
using Sprache;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Sprache input over lines instead of characters: the article grammar's parsers step one <see cref="ArticleLine"/>
/// at a time. <see cref="Position"/> is the line index. Immutable, like Sprache's own input.
/// </summary>
internal sealed class LineInput : IInput
{
    private readonly ImmutableArray<ArticleLine> _lines;

    /// <summary>An input at the line <paramref name="position"/> of <paramref name="lines"/>.</summary>
    public LineInput(ImmutableArray<ArticleLine> lines, int position, LayoutContext context)
        : this(lines, position, context, new Dictionary<object, object>())
    {
    }

    private LineInput(ImmutableArray<ArticleLine> lines, int position, LayoutContext context, IDictionary<object, object> memos)
    {
        _lines = lines;
        Position = position;
        Context = context;
        Memos = memos;
    }

    /// <summary>What the grammar knows about the whole text.</summary>
    public LayoutContext Context { get; }

    /// <summary>The line at the current position.</summary>
    public ArticleLine CurrentLine => _lines[Position];

    /// <inheritdoc/>
    public string Source => Context.Text.ToString();

    /// <summary>A letter for the current line's kind: Sprache prints it in failure messages.</summary>
    public char Current => AtEnd ? '\0' : CurrentLine.Kind.ToString()[0];

    /// <inheritdoc/>
    public bool AtEnd => Position >= _lines.Length;

    /// <inheritdoc/>
    public int Position { get; }

    /// <summary>The one-based line number.</summary>
    public int Line => Position + 1;

    /// <summary>Always 1: the input moves by whole lines.</summary>
    public int Column => 1;

    /// <summary>Shared by all positions of one parse (Sprache keeps left-recursion guards here).</summary>
    public IDictionary<object, object> Memos { get; }

    /// <inheritdoc/>
    public IInput Advance() => Next();

    /// <summary>The input one line on.</summary>
    public LineInput Next() =>
        AtEnd ? throw new InvalidOperationException("The input is already at its end.") : new LineInput(_lines, Position + 1, Context, Memos);

    /// <inheritdoc/>
    public bool Equals(IInput? other) => other is LineInput input && input._lines == _lines && input.Position == Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IInput input && Equals(input);

    /// <inheritdoc/>
    public override int GetHashCode() => Position;

    /// <summary>The position as Sprache prints it.</summary>
    public override string ToString() => $"line {Line}";
}
