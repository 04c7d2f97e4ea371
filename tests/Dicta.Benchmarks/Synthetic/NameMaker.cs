using System.Collections.Immutable;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>
/// Invents names from syllables, in a few styles, so that a corpus can have thousands of distinct people,
/// organizations and outlets without any real person's name.
/// </summary>
internal static class NameMaker
{
    private static readonly ImmutableArray<string> SlavicStems =
    [
        "Vlad", "Dmitr", "Serg", "Alek", "Yur", "Bor", "Mikh", "Oleg", "Anat", "Vikt", "Ivan", "Pav", "Stan", "Yar",
        "Lud", "Tar", "Nat", "Svet", "Ol", "Ir", "Mar", "Kat", "Yev", "Tat", "Rost", "Zin", "Val", "Gal",
    ];

    private static readonly ImmutableArray<string> SlavicMale = ["imir", "ei", "o", "an", "ek", "il", "omir", "ik", "us"];
    private static readonly ImmutableArray<string> SlavicFemale = ["ana", "ina", "ya", "a", "ena", "ia", "ora", "ilia"];

    private static readonly ImmutableArray<string> SlavicFamilyStems =
    [
        "Kov", "Petr", "Sid", "Mor", "Bel", "Vol", "Lav", "Zakh", "Shev", "Kuz", "Gor", "Nov", "Fed", "Sok", "Pol",
        "Tkach", "Mel", "Rud", "Bond", "Hrys", "Lis", "Dub", "Kr", "Zel", "Yak",
    ];

    private static readonly ImmutableArray<string> SlavicMiddles = ["", "al", "ar", "en", "ul", "ich", "an", "ov"];
    private static readonly ImmutableArray<string> SlavicMaleEndings = ["ov", "enko", "in", "sky", "uk", "ev", "chuk", "ovich"];
    private static readonly ImmutableArray<string> SlavicFemaleEndings = ["ova", "enko", "ina", "ska", "uk", "eva", "chuk", "ovna"];

    private static readonly ImmutableArray<string> ChineseFamily =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Lin", "Gao", "Luo", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Xiao", "Tian", "Pan",
    ];

    private static readonly ImmutableArray<string> ChineseGiven =
    [
        "wei", "jun", "li", "ming", "xiao", "hong", "yu", "zhi", "qiang", "lan", "fang", "hui", "ping", "tao", "jie",
        "ying", "lei", "bo", "xin", "yan", "hua", "feng", "rui", "chen", "kai", "mei", "dong", "ning",
    ];

    private static readonly ImmutableArray<string> WesternStems =
    [
        "Jo", "Mar", "El", "Dan", "Sam", "Ka", "Ro", "Lu", "Ben", "Ad", "Cl", "Ev", "Hel", "Ja", "Nor", "Pet", "Sar",
        "Tom", "Vin", "Wil", "Fr", "Gr", "Lor", "Ed", "Br",
    ];

    private static readonly ImmutableArray<string> WesternMale = ["n", "k", "iel", "ert", "ian", "as", "ton", "ald", "is", "en"];
    private static readonly ImmutableArray<string> WesternFemale = ["a", "ie", "ine", "elle", "ah", "ette", "ina", "anne"];

    private static readonly ImmutableArray<string> WesternFamilyStems =
    [
        "Hart", "Wel", "Brad", "Cal", "Den", "Fair", "Gold", "Hol", "Kem", "Lang", "Mor", "Nash", "Pres", "Ross",
        "Stan", "Thorn", "Whit", "Ash", "Brook", "Carl", "Dray", "Fen", "Hal", "March", "Pen", "Rad", "Stor", "Wend",
    ];

    private static readonly ImmutableArray<string> WesternFamilyEndings =
    [
        "", "ing", "er", "ley", "ford", "well", "son", "ton", "man", "by", "wood", "ridge", "field", "mann", "ier", "ot",
    ];

    private static readonly ImmutableArray<string> OpenSyllables =
    [
        "ka", "ra", "mi", "so", "de", "ni", "ha", "li", "tu", "za", "be", "ro", "sa", "mo", "fa", "ke", "ga", "vi", "nu",
        "re", "po", "ta", "ya", "shi", "da", "ne", "ko", "ru", "ma", "je",
    ];

    private static readonly ImmutableArray<string> Codas = ["", "", "n", "r", "m", "l", "s", "d", "t", "k"];

    /// <summary>A person's full name and the short name later mentions use.</summary>
    public static (string Name, string ShortName) Person(Random random, NameStyle style, bool female) => style switch
    {
        NameStyle.Slavic => Given(
            random.Pick(SlavicStems) + random.Pick(female ? SlavicFemale : SlavicMale),
            random.Pick(SlavicFamilyStems) + random.Pick(SlavicMiddles) + random.Pick(female ? SlavicFemaleEndings : SlavicMaleEndings)),
        NameStyle.Chinese => FamilyFirst(
            random.Pick(ChineseFamily),
            Capitalized(random.Pick(ChineseGiven) + random.Pick(ChineseGiven))),
        NameStyle.Western => Given(
            random.Pick(WesternStems) + random.Pick(female ? WesternFemale : WesternMale),
            random.Pick(WesternFamilyStems) + random.Pick(WesternFamilyEndings)),
        _ => Given(
            Capitalized(Syllables(random, 2) + (female ? "na" : random.Pick(Codas))),
            Capitalized(Syllables(random, random.Next(2, 4)) + random.Pick(Codas))),
    };

    /// <summary>A family name alone, in a style: for invented institutes ("the Hartley Foundation") and bylines.</summary>
    public static string FamilyName(Random random, NameStyle style) => Person(random, style, female: false).ShortName;

    /// <summary>An invented organization: "the Baltic Grain Council", "the Hartley Institute".</summary>
    public static string Organization(Random random) => random.Next(4) switch
    {
        0 => $"the {random.Pick(Vocabulary.OrganizationAdjectives)} {random.Pick(Vocabulary.Sectors)} {random.Pick(Vocabulary.OrganizationNouns)}",
        1 => $"the {FamilyName(random, NameStyle.Western)} {random.Pick(Vocabulary.OrganizationNouns)}",
        2 => $"the {random.Pick(Vocabulary.OrganizationNouns)} for {random.Pick(Vocabulary.Sectors)} Studies",
        _ => $"the {random.Pick(Vocabulary.Countries).Adjective} {random.Pick(Vocabulary.Sectors)} {random.Pick(Vocabulary.OrganizationNouns)}",
    };

    /// <summary>An invented outlet: "the Danube Herald", "Caspian News Agency".</summary>
    public static string Outlet(Random random) => random.Next(3) switch
    {
        0 => $"the {random.Pick(Vocabulary.OrganizationAdjectives)} {random.Pick(Vocabulary.PaperNames)}",
        1 => $"{random.Pick(Vocabulary.OrganizationAdjectives)} News Agency",
        _ => $"the {random.Pick(Vocabulary.Countries).Capital} {random.Pick(Vocabulary.PaperNames)}",
    };

    private static (string, string) Given(string given, string family) => ($"{given} {family}", family);

    private static (string, string) FamilyFirst(string family, string given) => ($"{family} {given}", family);

    private static string Syllables(Random random, int count)
    {
        var result = "";
        for (var i = 0; i < count; i++)
        {
            result += random.Pick(OpenSyllables);
        }

        return result;
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
