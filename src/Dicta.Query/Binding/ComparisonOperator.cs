namespace Dicta.Query.Binding;

/// <summary>The comparison operators.</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c>: equal; on a symbol, named by; on a many-valued field, has a value equal.</summary>
    Equal,

    /// <summary><c>!=</c>: not <c>=</c>; true when the value is absent.</summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}
