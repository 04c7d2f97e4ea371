using System.Globalization;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Model.Tests.Diagnostics;

public class DiagnosticDescriptorTests
{
    private static readonly DiagnosticDescriptor Descriptor =
        new("DX0007", "Two speakers", "The attribution names {0} and {1} ({2} of {3:N1}).", DiagnosticSeverity.Warning);

    [Fact]
    public void Create_fills_id_severity_location_and_message()
    {
        var source = SourceText.From("Putin and Xi said.", "a.txt");
        var location = Location.In(source, new TextSpan(0, 12));

        var diagnostic = Descriptor.Create(location, "Putin", "Xi", 1, 2.5);

        Assert.Equal(new Diagnostic("DX0007", DiagnosticSeverity.Warning, "The attribution names Putin and Xi (1 of 2.5).", location), diagnostic);
    }

    [Fact]
    public void Create_formats_with_the_invariant_culture_whatever_the_current_one()
    {
        var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        commaDecimals.NumberFormat.NumberGroupSeparator = ".";
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = commaDecimals;
            var probe = new ProviderProbe();

            var diagnostic = Descriptor.Create(Location.None, probe, "Xi", 1234, 1234.5);

            Assert.Equal("The attribution names invariant and Xi (1234 of 1,234.5).", diagnostic.Message);
            Assert.Same(CultureInfo.InvariantCulture, probe.Provider);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    /// <summary>Formats as the culture it was given, so the test sees which one that was.</summary>
    private sealed class ProviderProbe : IFormattable
    {
        public IFormatProvider? Provider { get; private set; }

        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            Provider = formatProvider;
            return ReferenceEquals(formatProvider, CultureInfo.InvariantCulture) ? "invariant" : "other";
        }

        public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
    }
}
