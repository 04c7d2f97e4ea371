using System.Text;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>The word-list templates of the generators: text with slots such as "{term}" and "{country}".</summary>
public static class Template
{
    /// <summary><paramref name="template"/> with each slot replaced by what <paramref name="slot"/> gives for its name.</summary>
    public static string Fill(string template, Func<string, string> slot)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(slot);
        var open = template.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 32);
        var at = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open);
            result.Append(template, at, open - at).Append(slot(template[(open + 1)..close]));
            at = close + 1;
            open = template.IndexOf('{', at);
        }

        return result.Append(template, at, template.Length - at).ToString();
    }
}
