namespace Dicta.Query.Syntax;

/// <summary>The value of a <see cref="SyntaxKind.RegexLiteralToken"/>: <c>/pattern/flags</c>.</summary>
/// <param name="Pattern">The characters between the slashes, as written (an escaped slash <c>\/</c> stays escaped;
/// .NET regular expressions read it as a slash).</param>
/// <param name="Flags">The flag letters after the closing slash, as written: any of <c>i</c>, <c>m</c>, <c>s</c>, <c>x</c>.</param>
public sealed record RegexLiteral(string Pattern, string Flags)
{
    /// <summary>The literal as it is written in a query.</summary>
    public override string ToString() => $"/{Pattern}/{Flags}";
}
