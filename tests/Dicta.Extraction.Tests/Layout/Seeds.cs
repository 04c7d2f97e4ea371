using Dicta.Extraction.Decoding;
using Dicta.Extraction.Layout;

namespace Dicta.Extraction.Tests.Layout;

/// <summary>The seed articles, read from the resources Dicta.Extraction embeds.</summary>
public static class Seeds
{
    public static LaidOut Load(string name)
    {
        var resource = $"Dicta.Seeds.{name}.txt";
        using var stream = typeof(LayoutParser).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No embedded seed '{resource}'.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var decoded = SourceDecoder.Decode(memory.ToArray(), name + ".txt");
        Assert.Empty(decoded.Diagnostics);
        return LaidOut.Of(decoded.Text);
    }
}
