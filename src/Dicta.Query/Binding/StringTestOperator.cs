namespace Dicta.Query.Binding;

/// <summary>The operators that test text against text, ignoring case.</summary>
public enum StringTestOperator
{
    /// <summary><c>has</c>: has the right side as a whole term (<see cref="Model.Terms.Contains"/>).</summary>
    Has,

    /// <summary><c>contains</c>: has the right side anywhere.</summary>
    Contains,

    /// <summary><c>startswith</c></summary>
    StartsWith,

    /// <summary><c>endswith</c></summary>
    EndsWith,
}
