namespace Dicta.Query.Binding;

/// <summary>The operators that combine conditions.</summary>
public enum LogicalOperator
{
    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>or</c></summary>
    Or,
}
