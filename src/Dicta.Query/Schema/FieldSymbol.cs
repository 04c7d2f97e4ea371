using System.Collections.Immutable;
using System.Linq.Expressions;
using Dicta.Query.Execution;

namespace Dicta.Query.Schema;

/// <summary>
/// A field a query can name: its type, whether a row has many values of it, its sub-fields, and the one
/// accessor through which both the compiler and the interpreter read it. Only the schema creates fields,
/// so a query reaches exactly the members declared in <see cref="QuerySchema"/> and nothing else of .NET.
/// </summary>
public sealed class FieldSymbol
{
    private readonly Lazy<Func<QueryContext, object, object?>> _read;
    private readonly Lazy<Func<QueryContext, object, ReadOnlyMemory<char>?>>? _readSpan;
    private readonly Lazy<Func<QueryContext, object, IEnumerable<ReadOnlyMemory<char>>>>? _readSpans;

    internal FieldSymbol(
        string name,
        QueryType type,
        bool isMany,
        string description,
        LambdaExpression accessor,
        ImmutableArray<FieldSymbol> fields = default,
        FieldIndex index = FieldIndex.None,
        LambdaExpression? spanAccessor = null)
    {
        Name = name;
        Type = type;
        IsMany = isMany;
        Description = description;
        Accessor = accessor;
        SpanAccessor = spanAccessor;
        Fields = fields.IsDefault ? [] : fields;
        Index = index;
        CheckAccessor(name, type, isMany, accessor);
        _read = new(() => CompileReader<object?>(Accessor));
        if (spanAccessor is not null)
        {
            CheckSpanAccessor(name, type, isMany, accessor, spanAccessor);
            _readSpan = isMany ? null : new(() => CompileReader<ReadOnlyMemory<char>?>(spanAccessor));
            _readSpans = isMany ? new(() => CompileReader<IEnumerable<ReadOnlyMemory<char>>>(spanAccessor)) : null;
        }
    }

    /// <summary>The name a query uses: <c>speaker</c>, <c>country</c>.</summary>
    public string Name { get; }

    /// <summary>The type of one value.</summary>
    public QueryType Type { get; }

    /// <summary>True when a row has any number of values (a statement's topics): <c>=</c> then means "has".</summary>
    public bool IsMany { get; }

    /// <summary>What the field holds, for <c>:schema</c> and completion.</summary>
    public string Description { get; }

    /// <summary>The sub-fields reached with a dot: <c>speaker.country</c>; empty for plain values.</summary>
    public ImmutableArray<FieldSymbol> Fields { get; }

    /// <summary>The corpus index that answers tests on this field, if any.</summary>
    public FieldIndex Index { get; }

    /// <summary>
    /// <c>(QueryContext context, TRow row) =&gt; value</c>: the value as <see cref="QueryTypes.GetValueType"/>
    /// (null when absent), or for a many-valued field an <see cref="IEnumerable{T}"/> of
    /// <see cref="QueryTypes.GetElementType"/>.
    /// </summary>
    public LambdaExpression Accessor { get; }

    /// <summary>
    /// For a text field whose values lie in a source text: <c>(QueryContext context, TRow row) =&gt; text</c>, the same
    /// text as <see cref="Accessor"/> read in place, as a nullable <see cref="ReadOnlyMemory{T}"/> of <see cref="char"/>
    /// (null when absent), or for a many-valued field an <see cref="IEnumerable{T}"/> of them; null for other fields.
    /// Text tests, comparisons and <c>matches</c> search through it, so a scan does not copy every row's text into a
    /// string; values a query outputs (<c>select</c>, <c>order by</c>, <c>group by</c>) still come from <see cref="Accessor"/>.
    /// </summary>
    public LambdaExpression? SpanAccessor { get; }

    /// <summary>The CLR type of the row the accessor reads.</summary>
    public Type RowType => Accessor.Parameters[1].Type;

    /// <summary>The accessor as a delegate over boxed values, compiled once, for the interpreter.</summary>
    internal Func<QueryContext, object, object?> Read => _read.Value;

    /// <summary>The <see cref="SpanAccessor"/> of a single-valued field over a boxed row, compiled once; null when there is none.</summary>
    internal Func<QueryContext, object, ReadOnlyMemory<char>?>? ReadSpan => _readSpan?.Value;

    /// <summary>The <see cref="SpanAccessor"/> of a many-valued field over a boxed row, compiled once; null when there is none.</summary>
    internal Func<QueryContext, object, IEnumerable<ReadOnlyMemory<char>>>? ReadSpans => _readSpans?.Value;

    /// <summary>The sub-field called <paramref name="name"/> (ignoring case), or null.</summary>
    public FieldSymbol? GetField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The name, type and multiplicity: <c>topic: topic*</c>.</summary>
    public override string ToString() => $"{Name}: {Type.GetDisplayName()}{(IsMany ? "*" : string.Empty)}";

    private Func<QueryContext, object, T> CompileReader<T>(LambdaExpression accessor)
    {
        var context = Expression.Parameter(typeof(QueryContext), "context");
        var row = Expression.Parameter(typeof(object), "row");
        var body = ExpressionInliner.Inline(accessor, context, Expression.Convert(row, RowType));
        return Expression.Lambda<Func<QueryContext, object, T>>(Expression.Convert(body, typeof(T)), context, row).Compile();
    }

    private static void CheckAccessor(string name, QueryType type, bool isMany, LambdaExpression accessor)
    {
        var expected = isMany ? typeof(IEnumerable<>).MakeGenericType(type.GetElementType()) : type.GetValueType();
        if (accessor.Parameters.Count != 2 || accessor.Parameters[0].Type != typeof(QueryContext) || accessor.ReturnType != expected)
        {
            throw new ArgumentException($"The accessor of '{name}' must be (QueryContext, row) => {expected.Name}.", nameof(accessor));
        }
    }

    private static void CheckSpanAccessor(string name, QueryType type, bool isMany, LambdaExpression accessor, LambdaExpression spanAccessor)
    {
        var expected = isMany ? typeof(IEnumerable<ReadOnlyMemory<char>>) : typeof(ReadOnlyMemory<char>?);
        if (type != QueryType.Text
            || spanAccessor.Parameters.Count != 2
            || spanAccessor.Parameters[0].Type != typeof(QueryContext)
            || spanAccessor.Parameters[1].Type != accessor.Parameters[1].Type
            || spanAccessor.ReturnType != expected)
        {
            throw new ArgumentException($"The span accessor of '{name}' must be of a text field and be (QueryContext, row) => {expected.Name}.", nameof(spanAccessor));
        }
    }
}
