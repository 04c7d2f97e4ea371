using Dicta.Model;
using Dicta.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Dicta.Hosting;

/// <summary>Registers Dicta with Microsoft.Extensions.DependencyInjection.</summary>
public static class DictaServiceCollectionExtensions
{
    /// <summary>
    /// Adds Dicta's services as singletons: the <see cref="DictaOptions"/>, the <see cref="Corpus"/> they describe
    /// (loaded on first use, once), and a <see cref="QueryEngine"/> over it.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddDicta(options => options.AddPath("articles/").ExtendGazetteer("people.json"));
    /// var engine = provider.GetRequiredService&lt;QueryEngine&gt;();
    /// </code>
    /// </example>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Names the corpus sources, lexicons and limits; with none, the corpus is the embedded seeds.</param>
    public static IServiceCollection AddDicta(this IServiceCollection services, Action<DictaOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new DictaOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(provider => CorpusFactory.Load(provider.GetRequiredService<DictaOptions>()));
        services.AddSingleton(provider => new QueryEngine(provider.GetRequiredService<Corpus>(), provider.GetRequiredService<DictaOptions>().Engine));
        return services;
    }
}
