using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// A speech-act verb ("say", "tell", "warn") with all its forms, and how it names whom it is said to.
/// </summary>
public sealed record CueVerb
{
    /// <summary>Creates a cue verb; forms not given are made regularly from the lemma.</summary>
    /// <param name="lemma">The base form.</param>
    /// <param name="thirdPersonSingular">Spellings of the third person singular, or empty for the regular one.</param>
    /// <param name="past">Spellings of the simple past, or empty for the regular one.</param>
    /// <param name="pastParticiple">Spellings of the past participle, or empty for the past.</param>
    /// <param name="presentParticiple">Spellings of the present participle, or empty for the regular one.</param>
    /// <param name="addressee">How the addressee is named: see <see cref="Addressee"/>.</param>
    /// <param name="particles">Words one of which must follow for the verb to be a cue ("out" in "point out").</param>
    public CueVerb(
        string lemma,
        IEnumerable<string>? thirdPersonSingular = null,
        IEnumerable<string>? past = null,
        IEnumerable<string>? pastParticiple = null,
        IEnumerable<string>? presentParticiple = null,
        string? addressee = null,
        IEnumerable<string>? particles = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lemma);
        Lemma = lemma.Trim().ToLowerInvariant();
        ThirdPersonSingular = OrDefault(thirdPersonSingular, () => Inflection.ThirdPersonSingular(Lemma));
        Past = OrDefault(past, () => Inflection.Past(Lemma));
        PastParticiple = pastParticiple is not null && pastParticiple.Any(p => !string.IsNullOrWhiteSpace(p))
            ? OrDefault(pastParticiple, () => Lemma)
            : Past;

        PresentParticiple = OrDefault(presentParticiple, () => Inflection.PresentParticiple(Lemma));
        Addressee = string.IsNullOrWhiteSpace(addressee) || string.Equals(addressee, "none", StringComparison.OrdinalIgnoreCase)
            ? null
            : addressee.Trim().ToLowerInvariant();
        Particles = [.. (particles ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The base form, in lower case: "say".</summary>
    public string Lemma { get; }

    /// <summary>The third person singular spellings: "says".</summary>
    public ImmutableArray<string> ThirdPersonSingular { get; }

    /// <summary>The simple past spellings: "said".</summary>
    public ImmutableArray<string> Past { get; }

    /// <summary>The past participle spellings: "said", "written".</summary>
    public ImmutableArray<string> PastParticiple { get; }

    /// <summary>The present participle spellings: "saying".</summary>
    public ImmutableArray<string> PresentParticiple { get; }

    /// <summary>
    /// How the addressee is named: <c>"object"</c> when it is the direct object ("told Xi", "urged Washington"),
    /// a preposition when it follows one ("complained to Beijing"), or null when the verb names none.
    /// </summary>
    public string? Addressee { get; }

    /// <summary>True when the person spoken to is the verb's direct object: tell X, urge X, thank X, warn X.</summary>
    public bool TakesObjectAddressee => string.Equals(Addressee, "object", StringComparison.Ordinal);

    /// <summary>The preposition that introduces the addressee ("to" in "said to"), or null.</summary>
    public string? AddresseePreposition => Addressee is null || TakesObjectAddressee ? null : Addressee;

    /// <summary>Words one of which must follow the verb for it to be a cue ("out", "to" for "point"); empty when none is needed.</summary>
    public ImmutableArray<string> Particles { get; }

    /// <summary>True when the verb is a cue only with one of its <see cref="Particles"/>.</summary>
    public bool RequiresParticle => !Particles.IsEmpty;

    /// <summary>Every spelling with the forms it is, the lemma first.</summary>
    public IEnumerable<(string Word, VerbForms Forms)> Spellings()
    {
        var forms = new Dictionary<string, VerbForms>(StringComparer.OrdinalIgnoreCase) { [Lemma] = VerbForms.Base };
        void Add(ImmutableArray<string> words, VerbForms form)
        {
            foreach (var word in words)
            {
                forms[word] = forms.GetValueOrDefault(word) | form;
            }
        }

        Add(ThirdPersonSingular, VerbForms.ThirdPersonSingular);
        Add(Past, VerbForms.Past);
        Add(PastParticiple, VerbForms.PastParticiple);
        Add(PresentParticiple, VerbForms.PresentParticiple);
        return forms.Select(p => (p.Key, p.Value));
    }

    /// <summary>True when every part is equal, spellings compared in order.</summary>
    public bool Equals(CueVerb? other) =>
        other is not null
        && string.Equals(Lemma, other.Lemma, StringComparison.Ordinal)
        && string.Equals(Addressee, other.Addressee, StringComparison.Ordinal)
        && ThirdPersonSingular.SequenceEqual(other.ThirdPersonSingular, StringComparer.Ordinal)
        && Past.SequenceEqual(other.Past, StringComparer.Ordinal)
        && PastParticiple.SequenceEqual(other.PastParticiple, StringComparer.Ordinal)
        && PresentParticiple.SequenceEqual(other.PresentParticiple, StringComparer.Ordinal)
        && Particles.SequenceEqual(other.Particles, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Lemma);

    /// <summary>The lemma.</summary>
    public override string ToString() => Lemma;

    private static ImmutableArray<string> OrDefault(IEnumerable<string>? given, Func<string> regular)
    {
        var spellings = (given ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return spellings.IsEmpty ? [regular()] : spellings;
    }
}
