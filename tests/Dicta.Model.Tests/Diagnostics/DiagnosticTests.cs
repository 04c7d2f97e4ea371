using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Model.Tests.Diagnostics;

public class DiagnosticTests
{
    [Theory]
    [InlineData(DiagnosticSeverity.Error, "a.txt(2,2): error DX0001: Unbalanced quotation mark.")]
    [InlineData(DiagnosticSeverity.Warning, "a.txt(2,2): warning DX0001: Unbalanced quotation mark.")]
    [InlineData(DiagnosticSeverity.Info, "a.txt(2,2): info DX0001: Unbalanced quotation mark.")]
    public void Prints_like_a_compiler_with_one_based_line_and_column(DiagnosticSeverity severity, string expected)
    {
        var source = SourceText.From("ab\r\ncd“ef", "a.txt");
        var diagnostic = new Diagnostic("DX0001", severity, "Unbalanced quotation mark.", Location.In(source, new TextSpan(5, 1)));

        Assert.Equal(expected, diagnostic.ToString());
    }

    [Fact]
    public void Prints_without_location_when_it_has_none()
    {
        var diagnostic = new Diagnostic("DC0002", DiagnosticSeverity.Error, "No such file.", Location.None);

        Assert.Equal("error DC0002: No such file.", diagnostic.ToString());
    }

    [Fact]
    public void IsError_is_true_for_errors_only()
    {
        Assert.True(new Diagnostic("D", DiagnosticSeverity.Error, "m", Location.None).IsError);
        Assert.False(new Diagnostic("D", DiagnosticSeverity.Warning, "m", Location.None).IsError);
        Assert.False(new Diagnostic("D", DiagnosticSeverity.Info, "m", Location.None).IsError);
    }

    [Fact]
    public void Diagnostics_are_values()
    {
        var source = SourceText.From("abc", "a.txt");

        Assert.Equal(
            new Diagnostic("DX0001", DiagnosticSeverity.Error, "m", Location.In(source, new TextSpan(1, 1))),
            new Diagnostic("DX0001", DiagnosticSeverity.Error, "m", Location.In(source, new TextSpan(1, 1))));
        Assert.NotEqual(
            new Diagnostic("DX0001", DiagnosticSeverity.Error, "m", Location.In(source, new TextSpan(1, 1))),
            new Diagnostic("DX0001", DiagnosticSeverity.Error, "m", Location.In(source, new TextSpan(2, 1))));
    }
}
