using System.Collections.Immutable;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>
/// The words synthetic articles are made of, apart from names (see <see cref="NameMaker"/>) and topics (see
/// <see cref="Topics"/>). Written for the generator, in the manner of international news, not taken from any article.
/// </summary>
internal static class Vocabulary
{
    /// <summary>The countries the news is about.</summary>
    public static readonly ImmutableArray<Country> Countries =
    [
        new("Russia", "Russian", "Moscow", NameStyle.Slavic),
        new("China", "Chinese", "Beijing", NameStyle.Chinese),
        new("the United States", "U.S.", "Washington", NameStyle.Western),
        new("Ukraine", "Ukrainian", "Kyiv", NameStyle.Slavic),
        new("Taiwan", "Taiwanese", "Taipei", NameStyle.Chinese),
        new("Germany", "German", "Berlin", NameStyle.Western),
        new("France", "French", "Paris", NameStyle.Western),
        new("Britain", "British", "London", NameStyle.Western),
        new("Japan", "Japanese", "Tokyo", NameStyle.Generic),
        new("India", "Indian", "New Delhi", NameStyle.Generic),
        new("Brazil", "Brazilian", "Brasilia", NameStyle.Generic),
        new("Turkey", "Turkish", "Ankara", NameStyle.Generic),
        new("Iran", "Iranian", "Tehran", NameStyle.Generic),
        new("South Korea", "South Korean", "Seoul", NameStyle.Generic),
        new("Poland", "Polish", "Warsaw", NameStyle.Slavic),
        new("Kazakhstan", "Kazakh", "Astana", NameStyle.Generic),
        new("Egypt", "Egyptian", "Cairo", NameStyle.Generic),
        new("Saudi Arabia", "Saudi", "Riyadh", NameStyle.Generic),
        new("Indonesia", "Indonesian", "Jakarta", NameStyle.Generic),
        new("Vietnam", "Vietnamese", "Hanoi", NameStyle.Generic),
        new("the Philippines", "Philippine", "Manila", NameStyle.Generic),
        new("Australia", "Australian", "Canberra", NameStyle.Western),
        new("Canada", "Canadian", "Ottawa", NameStyle.Western),
        new("South Africa", "South African", "Pretoria", NameStyle.Western),
        new("Hungary", "Hungarian", "Budapest", NameStyle.Generic),
        new("Finland", "Finnish", "Helsinki", NameStyle.Western),
        new("Serbia", "Serbian", "Belgrade", NameStyle.Slavic),
        new("Pakistan", "Pakistani", "Islamabad", NameStyle.Generic),
    ];

    /// <summary>Offices a country's officials hold, capitalized as before a name ("Foreign Minister X").</summary>
    public static readonly ImmutableArray<string> Offices =
    [
        "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Trade Minister", "Finance Minister",
        "Deputy Foreign Minister", "Economy Minister", "Health Minister", "Energy Minister", "Ambassador",
        "Security Council Secretary", "Deputy Prime Minister", "Interior Minister", "Vice President",
    ];

    /// <summary>Roles of people who speak for an organization or for themselves.</summary>
    public static readonly ImmutableArray<string> Roles =
    [
        "senior fellow", "analyst", "professor of international relations", "economist", "researcher", "director",
        "spokesperson", "chief economist", "former diplomat", "head of research", "board member", "trade envoy",
    ];

    /// <summary>Roles of people identified by their country alone: "a Polish lawmaker".</summary>
    public static readonly ImmutableArray<string> CountryRoles =
    [
        "lawmaker", "opposition leader", "senator", "diplomat", "government adviser", "military spokesman", "presidential aide",
    ];

    /// <summary>Organizations every reader knows.</summary>
    public static readonly ImmutableArray<string> WellKnownOrganizations =
    [
        "NATO", "the United Nations", "the European Union", "the European Commission", "the World Health Organization",
        "the International Monetary Fund", "the World Bank", "the Kremlin", "the White House", "the Pentagon",
        "the State Department", "the G7", "the World Trade Organization", "OPEC", "the African Union", "ASEAN",
    ];

    /// <summary>Institutions every country has, named after the country: "the Russian foreign ministry".</summary>
    public static readonly ImmutableArray<string> Ministries =
    [
        "foreign ministry", "defence ministry", "commerce ministry", "finance ministry", "health ministry", "central bank",
        "embassy", "presidential office", "cabinet office", "customs agency",
    ];

    /// <summary>Adjectives of generated organizations and outlets.</summary>
    public static readonly ImmutableArray<string> OrganizationAdjectives =
    [
        "Northern", "Atlantic", "Pacific", "Eurasian", "Global", "National", "Central", "Eastern", "Baltic", "Asian",
        "Western", "Southern", "Continental", "Arctic", "Caspian", "Mediterranean", "Danube", "Alpine", "Coastal", "Royal",
    ];

    /// <summary>Sectors of generated organizations.</summary>
    public static readonly ImmutableArray<string> Sectors =
    [
        "Grain", "Steel", "Shipping", "Energy", "Semiconductor", "Exporters", "Banking", "Farmers", "Automotive", "Security",
        "Policy", "Trade", "Strategic", "Defence", "Maritime", "Textile", "Mining", "Aviation", "Pharmaceutical", "Telecom",
    ];

    /// <summary>What generated organizations are.</summary>
    public static readonly ImmutableArray<string> OrganizationNouns =
    [
        "Council", "Association", "Federation", "Union", "Forum", "Institute", "Foundation", "Chamber", "Centre", "Group",
    ];

    /// <summary>News agencies and papers every reader knows.</summary>
    public static readonly ImmutableArray<string> WellKnownOutlets =
    [
        "Reuters", "AFP", "TASS", "Xinhua", "Sputnik", "the Associated Press", "Bloomberg", "Interfax", "Kyodo", "Yonhap",
        "RIA Novosti", "the Global Times", "CNN", "the BBC", "Al Jazeera", "the Financial Times",
    ];

    /// <summary>The second word of generated papers: "the Danube Herald".</summary>
    public static readonly ImmutableArray<string> PaperNames =
    [
        "Herald", "Tribune", "Post", "Gazette", "Observer", "Chronicle", "Daily", "Times", "Courier", "Monitor", "Journal",
        "Express", "Standard", "Mirror", "Dispatch",
    ];

    /// <summary>Who a claim is about, as a clause's subject; every predicate reads with every subject.</summary>
    public static readonly ImmutableArray<string> Subjects =
    [
        "the government", "{capital}", "{country}", "the two sides", "the alliance", "the authorities", "the leadership",
        "the delegation", "officials in {capital}", "the ministry", "its partners", "the international community",
        "{adj} officials", "the West", "the new administration", "the coalition",
    ];

    /// <summary>Claims about anything, as predicates; {term} is the article's topic.</summary>
    public static readonly ImmutableArray<string> Predicates =
    [
        "would not accept any solution on {term} imposed from outside", "was ready to resume talks on {term}",
        "had no intention of changing its position on {term}", "would respond firmly to any provocation over {term}",
        "remained committed to dialogue on {term}", "expected progress on {term} before the end of the year",
        "saw {term} as a threat to regional stability", "would raise {term} with {country} at the summit",
        "had made clear its concerns about {term}", "wanted closer cooperation with {country} on {term}",
        "had been misled about {term} by {country}", "would present new proposals on {term} {day}",
        "could not ignore the concerns of its neighbours", "did not expect a breakthrough any time soon",
        "had agreed to set up a working group on {term}", "would not be drawn into a confrontation with {country}",
        "needed more time to study the proposal", "stood ready to help if asked",
    ];

    /// <summary>First-person sentences for direct quotes on any topic, without final punctuation.</summary>
    public static readonly ImmutableArray<string> Quotes =
    [
        "We will never accept decisions about {term} being taken for us", "Our position on {term} has not changed",
        "This is a matter for {country} alone", "The door to dialogue remains open", "We are deeply concerned about {term}",
        "There is no alternative to dialogue", "I think the risks are greater than people realise",
        "We have done everything possible to avoid escalation", "The world is watching what happens with {term}",
        "Nobody wins from a confrontation", "We expect our partners to keep their word",
        "I have said it many times and I will say it again", "Let me be very clear about this",
        "We are not going to be intimidated", "This is a very important moment for our two countries",
        "Words are not enough, we need actions", "Our relations have never been better",
        "I do not think anyone wants a new cold war", "History will judge those who stood aside",
        "It is too early to talk about results", "We did not start this, but we will not run away from it",
        "We will keep working on {term} with all our partners", "Nobody asked us about {term}, and that is the problem",
        "We have put forward concrete proposals on {term}", "Our patience on {term} is not unlimited",
        "I told my counterpart exactly what I am telling you", "We will judge them by their deeds, not their words",
        "This was a frank conversation, as it should be between friends", "{country} knows our position very well",
        "There are people in {capital} who want this to fail", "We are ready to talk at any level",
        "The decisions taken today will shape the next decade", "It would be a mistake to read too much into this",
        "Our farmers and our workers deserve better", "We are not asking for favours, only for fairness",
        "Nothing has been agreed until everything is agreed", "The next few weeks will be decisive",
    ];

    /// <summary>Sentences of fact on any topic, quoting nobody, without final punctuation.</summary>
    public static readonly ImmutableArray<string> Events =
    [
        "The meeting took place on the sidelines of {event} in {city}", "The two leaders last met in {city} in {month}",
        "{country} and {country} have traded accusations over {term} for months",
        "Talks are expected to resume next week", "The two sides signed {small} agreements covering {term} and trade",
        "Markets fell {percent} on the news", "The visit was the first by a {adj} leader in {small} years",
        "The statement came hours after {event} ended", "The U.S. Treasury did not immediately respond to a request for comment",
        "The summit was attended by delegations from more than {small} countries",
        "The talks lasted more than {small} hours, longer than planned", "Officials have given few details about the agreement",
        "Both sides have stepped up contacts since {month}", "The figures could not be independently verified",
        "Analysts expect the central bank to cut rates by {percent}",
    ];

    /// <summary>Meetings where things are said.</summary>
    public static readonly ImmutableArray<string> Meetings =
    [
        "the G20 summit", "a summit of the Shanghai Cooperation Organization", "the annual security conference",
        "a meeting of foreign ministers", "the BRICS summit", "the UN General Assembly", "the economic forum",
        "a regional security dialogue", "the NATO summit", "talks on the crisis",
    ];

    /// <summary>Words people are quoted as using about something: the partial quotes of news copy.</summary>
    public static readonly ImmutableArray<string> Phrases =
    [
        "a dangerous escalation", "absolutely unacceptable", "a historic opportunity", "the new normal", "a red line",
        "economic coercion", "no limits", "a more just world order", "deeply regrettable", "provocative and irresponsible",
        "a step in the right direction", "a gross interference", "an act of aggression", "constructive and frank",
        "bullying", "a betrayal", "long overdue", "a serious mistake", "rock-solid", "a turning point", "unprecedented",
        "a cold war mentality", "reckless", "a win-win", "the greatest threat of our time",
    ];

    /// <summary>The verbs of reported speech, in the past tense: a clause follows ("warned that ...").</summary>
    public static readonly ImmutableArray<string> ReportingVerbs =
    [
        "said", "said", "said", "said", "stressed", "noted", "warned", "insisted", "argued", "claimed", "announced",
        "added", "reaffirmed", "emphasised", "acknowledged", "suggested", "complained",
    ];

    /// <summary>Where or how something was said, after the cue: "said in a statement".</summary>
    public static readonly ImmutableArray<string> Settings =
    [
        " in a statement", " at a news conference", " in an interview with {outlet}", " during a visit to {city}",
        " on the sidelines of {event}", " in a televised address", " in a post on X", " on {their} Telegram channel",
        " at a briefing in {city}", " in a speech to parliament", " in remarks carried by {outlet}", " {day}",
    ];

    /// <summary>When something was said.</summary>
    public static readonly ImmutableArray<string> Days =
    [
        "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "last week",
        "earlier this month", "late on Thursday", "this week",
    ];

    /// <summary>Who is told something: "told reporters".</summary>
    public static readonly ImmutableArray<string> Audiences =
    [
        "reporters", "journalists", "lawmakers", "parliament", "state television", "a news conference in {city}",
        "{outlet}", "{outlet}", "students in {city}", "business leaders",
    ];

    /// <summary>Section headings inside an article; {label} is its topic.</summary>
    public static readonly ImmutableArray<string> Headings =
    [
        "Background", "What Happens Next", "{label} at Stake", "Reaction From {capital}", "A Cautious Response",
        "Pressure Builds", "The View From {capital}", "Closer Ties", "Mixed Signals", "{label} in Focus", "Why It Matters",
        "Old Rivals, New Terms",
    ];

    /// <summary>Months, for datelines and narration.</summary>
    public static readonly ImmutableArray<string> Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Month abbreviations as wire datelines write them.</summary>
    public static readonly ImmutableArray<string> ShortMonths =
    [
        "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
    ];

    /// <summary>Weekdays, for narration.</summary>
    public static readonly ImmutableArray<string> Weekdays =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    /// <summary>Ordinals, for narration ("its 11th sanctions package").</summary>
    public static readonly ImmutableArray<string> Ordinals =
    [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "10th", "11th", "12th", "14th",
    ];

    /// <summary>Closing appeals and notices of news sites; {outlet} and {label} are filled in.</summary>
    public static readonly ImmutableArray<string> Notices =
    [
        "Comments are closed.", "Subscribe to our newsletter for the latest on {label}.", "Follow us on Telegram",
        "© {year} {outlet}. All rights reserved.", "Share this article", "Support independent journalism: donate now.",
        "Sign up for our daily briefing", "Advertisement",
    ];

    /// <summary>Headings of link lists at the end of an article.</summary>
    public static readonly ImmutableArray<string> LinkListOpeners =
    [
        "Related Posts", "Read more", "You may also like", "Latest News", "More stories",
    ];

    /// <summary>What someone is urged to do: "urged Ankara to show restraint".</summary>
    public static readonly ImmutableArray<string> Urgings =
    [
        "show restraint", "return to the negotiating table", "lift the sanctions without delay", "respect international law",
        "stop interfering in {term}", "keep its promises on {term}", "reconsider its position on {term}", "open its markets",
        "release the detained journalists", "join the talks on {term}",
    ];

    /// <summary>What someone is warned against: "warned Berlin against any attempt to change the status quo".</summary>
    public static readonly ImmutableArray<string> Warnings =
    [
        "any attempt to change the status quo", "further escalation over {term}", "playing with fire", "new restrictions on trade",
        "sending more weapons", "meddling in {term}", "taking sides over {term}",
    ];

    /// <summary>Wire services that file datelines: "MOSCOW, March 3 (Reuters) -".</summary>
    public static readonly ImmutableArray<string> Wires = ["Reuters", "AFP", "AP", "Xinhua", "TASS", "Sputnik", "Kyodo"];
}
